"""Prints the Anthropic JSON tool definitions (name, description, input_schema) of a Python tools module.

Usage: python3 tool_schemas.py <tools.py> <tools.json>, where tools.json holds the extracted ToolSpecs. Parameter
schemas come from pydantic, as pydantic-ai builds them for tool-calling agents; titles are dropped, as there.
"""
import importlib.util
import inspect
import json
import sys
import typing

import pydantic


def load(path):
    spec = importlib.util.spec_from_file_location("bench_tools", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_tools"] = module
    spec.loader.exec_module(module)
    return module


def without_titles(schema):
    if isinstance(schema, dict):
        return {key: without_titles(value) for key, value in schema.items() if key != "title" or not isinstance(value, str)}
    if isinstance(schema, list):
        return [without_titles(item) for item in schema]
    return schema


def input_schema(function, spec):
    hints = typing.get_type_hints(function)
    parameters = list(inspect.signature(function).parameters.values())
    if spec["takes_context"]:
        parameters = parameters[1:]
    docs = {param["name"]: param["doc"] for param in spec["params"]}
    fields = {}
    for parameter in parameters:
        annotation = hints.get(parameter.name, typing.Any)
        if parameter.kind == inspect.Parameter.VAR_POSITIONAL:
            annotation = list[annotation]
        elif parameter.kind == inspect.Parameter.VAR_KEYWORD:
            annotation = dict[str, annotation]
        default = ... if parameter.default is inspect.Parameter.empty else parameter.default
        fields[parameter.name] = (annotation, pydantic.Field(default, description=docs.get(parameter.name)))
    model = pydantic.create_model(spec["name"], __config__=pydantic.ConfigDict(arbitrary_types_allowed=True), **fields)
    return without_titles(model.model_json_schema())


def main():
    module = load(sys.argv[1])
    with open(sys.argv[2]) as handle:
        specs = json.load(handle)
    tools = [
        {"name": spec["name"], "description": spec["doc"], "input_schema": input_schema(getattr(module, spec["name"]), spec)}
        for spec in specs
    ]
    sys.stdout.write(json.dumps(tools))


main()
