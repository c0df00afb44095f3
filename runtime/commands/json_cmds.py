"""JSON commands (language.md §12.1): JSON Stringify, JSON Parse, JSON Stringify array,
JSON PARSE ARRAY. The value ⇄ text rules live in runtime.formatting."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_JSON_PARSE
from ..formatting import json_stringify, json_parse, json_symbols
from ..values import Obj, Coll, Array4D, IS_BOOLEAN
from .registry import command
from .arrays_cmds import fill_array, array_arg
from .objects_cmds import convert_value
from ._args import is_star, text_arg, int_arg


@command("JSON Stringify", 1217)
def json_stringify_(value=None, star=None, *_):
    if isinstance(value, Array4D):
        raise FourDError(ERR_TYPE_MISMATCH, "JSON Stringify: use JSON Stringify array for arrays")
    return json_stringify(value, pretty=is_star(star))


@command("JSON Parse", 1218)
def json_parse_(text=None, type_code=None, star=None, *_):
    """`JSON Parse(text {; type}{; *})`; with `*`, an object result gets `__symbols`.
    Decision: with `Is Boolean`, an object or a collection gives True (the page's example:
    `JSON Parse("{\"manager\":true}"; Is Boolean)` is true), as JSON's truthiness has it."""
    text = text_arg(text, "JSON Parse")
    v = json_parse(text)
    if is_star(type_code):
        type_code, star = None, type_code
    if type_code is not None:
        type_code = int_arg(type_code, "JSON Parse")
        if type_code == IS_BOOLEAN and isinstance(v, (Obj, Coll)):
            return True
        v = convert_value(v, type_code)
    if is_star(star) and isinstance(v, Obj):
        v["__symbols"] = json_symbols(text)
    return v


@command("JSON Stringify array", 1228, arrays=True)
def json_stringify_array(array=None, star=None, *_):
    a = array_arg(array, "JSON Stringify array")
    return json_stringify(Coll(a[1:]), pretty=is_star(star))


@command("JSON PARSE ARRAY", 1219, refs=(1,), procedure=True, arrays=True)
def json_parse_array(text=None, array_ref=None):
    v = json_parse(text_arg(text, "JSON PARSE ARRAY"))
    if not isinstance(v, Coll):
        raise FourDError(ERR_JSON_PARSE, "JSON PARSE ARRAY: the JSON text is not an array")
    fill_array(array_ref, list(v), "JSON PARSE ARRAY")


# ---------------------------------------------------------------- JSON Validate
# 4d/docs commands-legacy/json-validate.md: the error codes and messages of its table, by
# JSON Schema keyword. Decisions: validation is done by the `jsonschema` library, with the
# draft the schema's "$schema" names (draft 4, 4D's, when it names none) and its format
# checks; `jsonPath` is a JSONPath into vJson ("$.a[0]"), `schemaPaths` a JSON pointer into
# the schema ("#/properties/a/type"); a keyword outside the table is code 1 with the
# library's message; an invalid schema is error -10731 (the result is then undefined).
_VALIDATE_MESSAGES = {
    "multipleOf": (2, "Error while validating against 'multipleOf' key."),
    "maximum": (3, 'The value provided should not be greater than specified in the schema ("{s1}").'),
    "exclusiveMaximum": (4, 'The value provided should be less than specified in the schema ("{s1}").'),
    "minimum": (5, 'The value provided should not be less than specified in the schema ("{s1}").'),
    "exclusiveMinimum": (6, 'The value provided should be greater than specified in the schema ("{s1}").'),
    "maxLength": (7, "The string is longer than specified in the schema."),
    "minLength": (8, "The string is shorter than specified in the schema."),
    "pattern": (9, 'The string "{s1}" does not match the pattern in the schema:{s2}.'),
    "additionalItems": (10, "Error while validating an array. JSON contains more elements than "
                            "specified in the schema."),
    "maxItems": (11, "The array contains more items than specified in the schema."),
    "minItems": (12, "The array contains less items than specified in the schema."),
    "uniqueItems": (13, 'Error while validating an array. Elements are not unique. Another '
                        'instance of "{s1}" is already in the array.'),
    "maxProperties": (14, "The number of properties is greater than specified in the schema."),
    "minProperties": (15, "The number of properties is less than specified in the schema."),
    "required": (16, 'The required property "{s1}" is missing.'),
    "additionalProperties": (17, "No additional properties allowed by the schema. The "
                                 "property(ies) {s1} should be removed."),
    "dependencies": (18, 'The property "{s1}" requires the property "{s2}".'),
    "enum": (19, "Error while validating against 'enum' key. \"{s1}\" does not match any enum "
                 "element in the schema."),
    "const": (19, "Error while validating against 'enum' key. \"{s1}\" does not match any enum "
                  "element in the schema."),
    "type": (20, "Incorrect type. Expected type is: {s1}"),
    "oneOf": (22, "The JSON does not match any value."),
    "anyOf": (22, "The JSON does not match any value."),
    "not": (23, "The JSON is valid against the value of 'not'."),
    "format": (24, 'The string does not match ("{s1}")'),
}


def _json_text(v) -> str:
    import json
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def _json_path(parts) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _validation_error(err):
    from ..values import Obj
    keyword = err.validator
    s1, s2 = "", ""
    if keyword in ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"):
        s1 = _json_text(err.validator_value)
        if keyword in ("maximum", "minimum") and err.schema.get("exclusive" + keyword.title()) is True:
            keyword = "exclusive" + keyword.title()      # draft 4's boolean form
    elif keyword == "pattern":
        s1, s2 = _json_text(err.instance), _json_text(err.validator_value)
    elif keyword == "uniqueItems":
        seen = []
        for item in err.instance:
            if item in seen:
                s1 = _json_text(item)
                break
            seen.append(item)
    elif keyword == "required":
        missing = [p for p in err.validator_value if p not in err.instance]
        s1 = missing[0] if missing else ""
    elif keyword == "additionalProperties":
        allowed = set(err.schema.get("properties", {}))
        s1 = ", ".join(k for k in err.instance if k not in allowed)
    elif keyword == "dependencies":
        for prop, needed in err.validator_value.items():
            if prop in err.instance and isinstance(needed, list):
                lacking = [n for n in needed if n not in err.instance]
                if lacking:
                    s1, s2 = prop, lacking[0]
                    break
    elif keyword in ("enum", "const"):
        s1 = _json_text(err.instance)
    elif keyword == "type":
        t = err.validator_value
        s1 = ", ".join(t) if isinstance(t, list) else str(t)
    elif keyword == "format":
        s1 = str(err.validator_value)
    elif keyword == "oneOf" and "is valid under each of" in err.message:
        return Obj(code=21.0, jsonPath=_json_path(err.absolute_path),
                   message="The JSON matches more than one value.",
                   schemaPaths=_schema_path(err.absolute_schema_path))
    code, message = _VALIDATE_MESSAGES.get(keyword, (1, err.message))
    return Obj(code=float(code), jsonPath=_json_path(err.absolute_path),
               message=message.replace("{s1}", s1).replace("{s2}", s2),
               schemaPaths=_schema_path(err.absolute_schema_path))


def _schema_path(parts) -> str:
    return "#/" + "/".join(str(p) for p in parts)


@command("JSON Validate", 1456)
def json_validate(value=None, schema=None):
    """`JSON Validate(vJson; vSchema)` -> {success {; errors}}."""
    import json
    import jsonschema
    from ..values import Obj, Coll
    if schema is None:
        raise FourDError(ERR_TYPE_MISMATCH, "JSON Validate: expected (vJson; vSchema)")
    if not isinstance(schema, Obj):
        raise FourDError(ERR_TYPE_MISMATCH, "JSON Validate: the schema must be an object")
    instance = json.loads(json_stringify(value)) if value is not None else None
    schema_py = json.loads(json_stringify(schema))
    cls = jsonschema.validators.validator_for(schema_py, default=jsonschema.Draft4Validator)
    try:
        cls.check_schema(schema_py)
    except jsonschema.SchemaError as e:
        raise FourDError(ERR_JSON_PARSE, f"JSON Validate: the JSON schema is not valid: "
                                         f"{e.message}") from None
    validator = cls(schema_py, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    result = Obj(success=not errors)
    if errors:
        result["errors"] = Coll(_validation_error(e) for e in errors)
    return result
