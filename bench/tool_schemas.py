"""Prints the Anthropic JSON tool definitions (name, description, input_schema) of a Python tools module.

Usage: python3 tool_schemas.py <tools.py> <tools.json>, where tools.json holds the extracted ToolSpecs. Parameter
schemas come from pydantic, as pydantic-ai builds them for tool-calling agents; titles are dropped, as there. Each
definition with a return annotation also carries the result's schema as `output_schema` (as MCP's outputSchema), so
that the types a result reaches are in `$defs` as the runner declares them. A type JSON Schema cannot describe (a
plain class, a Protocol) is the empty schema.
"""
import importlib.util
import inspect
import json
import os
import sys
import typing

import pydantic
import pydantic.json_schema

ARBITRARY_TYPES = pydantic.ConfigDict(arbitrary_types_allowed=True)


class Schema(pydantic.json_schema.GenerateJsonSchema):
    """pydantic's JSON Schema, with the empty schema for a class it can only check with isinstance."""

    def handle_invalid_for_json_schema(self, schema, error_info):
        return {}


def load(path):
    """Imports the tools module as the runner does, with its own folder importable."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
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
    model = pydantic.create_model(spec["name"], __config__=ARBITRARY_TYPES, **fields)
    return without_titles(model.model_json_schema(schema_generator=Schema))


def output_schema(function):
    annotation = typing.get_type_hints(function).get("return")
    if annotation is None:
        return None
    try:
        adapter = pydantic.TypeAdapter(annotation)
    except pydantic.PydanticSchemaGenerationError:
        # A model, dataclass or TypedDict refuses a config of its own; any other type may need this one.
        adapter = pydantic.TypeAdapter(annotation, config=ARBITRARY_TYPES)
    return without_titles(adapter.json_schema(schema_generator=Schema))


def definition(module, spec):
    function = getattr(module, spec["name"])
    tool = {"name": spec["name"], "description": spec["doc"], "input_schema": input_schema(function, spec)}
    output = output_schema(function)
    return tool if output is None else {**tool, "output_schema": output}


def main():
    module = load(sys.argv[1])
    with open(sys.argv[2]) as handle:
        specs = json.load(handle)
    tools = [definition(module, spec) for spec in specs]
    sys.stdout.write(json.dumps(tools))


main()
