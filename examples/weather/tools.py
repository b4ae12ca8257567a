"""Weather tools over fixed sample data: deterministic and offline."""

import re

_CONDITIONS = {
    "san francisco": ("Foggy", 62),
    "new york": ("Sunny", 75),
    "london": ("Rainy", 57),
    "tokyo": ("Cloudy", 68),
    "paris": ("Sunny", 70),
    "sydney": ("Windy", 64),
}


def get_weather(city: str) -> str:
    """Get the current weather for a city, e.g. 'Weather in Paris: Sunny, 70°F'."""
    try:
        sky, temperature = _CONDITIONS[city.strip().lower()]
    except KeyError:
        known = ", ".join(name.title() for name in _CONDITIONS)
        raise ValueError(f"Unknown city: {city} (known cities: {known})") from None
    return f"Weather in {city}: {sky}, {temperature}°F"


def calculate_temp_diff(temp1: str, temp2: str) -> str:
    """Calculate the difference between two temperatures given as text containing degrees, e.g. '13°F'."""
    first, second = (_degrees(text) for text in (temp1, temp2))
    return f"{abs(first - second)}°F"


def _degrees(text: str) -> int:
    match = re.search(r"(-?\d+)\s*°?F", text) or re.search(r"(-?\d+)", text)
    if match is None:
        raise ValueError(f"No temperature found in {text!r}")
    return int(match.group(1))
