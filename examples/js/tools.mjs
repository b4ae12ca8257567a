/**
 * Weather tools in plain JavaScript, typed with JSDoc.
 */

const FORECASTS = {
  paris: { temperature_c: 18, conditions: 'cloudy' },
  lisbon: { temperature_c: 24, conditions: 'sunny' },
  oslo: { temperature_c: 9, conditions: 'rain' },
};

/**
 * Current weather for a city.
 * @param {string} city - City name, e.g. "Paris".
 * @returns {Promise<{ city: string, temperature_c: number, conditions: string }>}
 */
export async function get_weather(city) {
  const forecast = FORECASTS[city.toLowerCase()];
  if (!forecast) throw new Error(`No weather for ${city}`);
  return { city, ...forecast };
}

/**
 * Convert a temperature between Celsius and Fahrenheit.
 * @param {number} value - The temperature to convert.
 * @param {'C' | 'F'} [to] - Unit to convert to.
 * @returns {number}
 */
export function convert_temperature(value, to = 'F') {
  return to === 'F' ? Math.round((value * 9) / 5 + 32) : Math.round(((value - 32) * 5) / 9);
}
