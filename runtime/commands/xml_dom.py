"""XML DOM commands (4d/docs commands-legacy/dom-*.md, xml-*.md) over xml.dom.minidom.

A parsed or created tree lives in memory until DOM CLOSE XML. Every node handed to 4D code
gets a reference: 32 uppercase hexadecimal characters, the same text each time the same node
is returned; "00000000000000000000000000000000" is the null reference (a search that found
nothing, the parent of the document node).

Decisions where the documentation is silent (fourd's choices):
* the indentation of element content is dropped at parse time: the text children of an
  element that has other children and no text but white space (`<a> </a>` keeps " ", mixed
  content keeps its spaces);
* an element's value is the concatenation of its own text children, CDATA sections excluded
  (they go to the optional cDATA parameter of DOM GET XML ELEMENT VALUE);
* a search that finds nothing (DOM Find XML element, …by ID, DOM Get XML element, first
  child, next sibling…) sets OK to 0 and returns the null reference without raising an error;
  an invalid reference, an invalid XPath, malformed XML, a missing attribute raise an error;
* an XPath result that is an attribute or a text node designates its element;
* export writes `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>`, then the tree
  indented by two spaces per level (an element with text or CDATA is written on one line),
  and a final line feed; DOM EXPORT TO VAR of an element that is not the root exports that
  element alone, without declaration;
* 4D values become XML text as xml-set-options.md says (its defaults win over the older
  tables of dom-set-xml-attribute.md): a date "2006-12-04" (XML ISO), a time
  "0000-00-00T01:27:13" (XML datetime local absolute; "5233" with XML seconds), a Boolean
  "true"/"false", a number with ".", a BLOB in base64, an object as JSON;
* a relative document path is next to the structure file: the Project folder of the running
  project, the folder of a lone .4dm script;
* DTD/XML schema validation is not performed (the validation parameters are accepted);
  external entities are never resolved.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import datetime as _dt
import os
import re
import threading
import time as _time
import uuid
from xml.dom import DOMException, Node, expatbuilder, minidom
from xml.parsers.expat import ExpatError

from ..classes.disk import ERR_FILE_NOT_FOUND, ERR_IO
from ..classes.files import document_folder
from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..formatting import json_parse, json_stringify, parse_date, string_of
from ..values import (NULL, Array4D, Blob4D, Coll, Date4D, Obj, Picture4D, Time4D, num_text,
                      round_half_away, type_name)
from ._args import deref, int_arg, put, split_star
from ..arrays import LONGINT_ARRAY, TEXT_ARRAY, new_array
from .arrays_cmds import fill_array
from .output import set_ok
from .registry import command

NULL_REF = "0" * 32

# Error codes. 4D v11's error table names the XML ones below -9915…-9920; the others are
# fourd's own (4D reports Xerces messages, with no documented code); -43 and -36 are the OS
# file-manager codes 4D uses for documents (as runtime/classes/files.py).
ERR_XML_REF = -9915          # 4D: "The document's reference is invalid" (bad XML reference)
ERR_XML_NAME = -9918         # 4D: "The name of the element is invalid"
ERR_XML_NODE_TYPE = -9920    # 4D: "The type of the node is invalid"
ERR_XML_PARSE = -10980       # fourd: the XML text is not well-formed
ERR_XML_XPATH = -10981       # fourd: invalid XPath expression
ERR_XML_ATTRIBUTE = -10982   # fourd: no such attribute / attribute index out of range

# XML theme constants (4d/docs dom-append-xml-child-node.md, xml-set-options.md)
XML_COMMENT, XML_PROCESSING_INSTRUCTION, XML_DATA, XML_CDATA = 2, 3, 6, 7
XML_DOCTYPE, XML_ELEMENT = 10, 11
XML_STRING_ENCODING, XML_DATE_ENCODING, XML_TIME_ENCODING, XML_INDENTATION = 1, 2, 3, 4
XML_BINARY_ENCODING, XML_PICTURE_ENCODING, XML_EXTERNAL_ENTITY_RESOLUTION = 5, 6, 7
XML_DOM_CASE_SENSITIVITY, XML_BOM, XML_LINE_ENDING = 8, 9, 10
XML_WITH_ESCAPING, XML_RAW_DATA = 1, 2
XML_ISO, XML_LOCAL, XML_DATETIME_LOCAL, XML_UTC, XML_DATETIME_UTC = 1, 2, 3, 4, 5
XML_DATETIME_LOCAL_ABSOLUTE, XML_DURATION, XML_SECONDS = 1, 2, 4
XML_WITH_INDENTATION, XML_NO_INDENTATION = 1, 2
XML_BASE64, XML_DATA_URI_SCHEME = 1, 2
XML_CASE_SENSITIVE, XML_CASE_INSENSITIVE = 1, 2
XML_DEFAULT, XML_ENABLED, XML_DISABLED = 0, 1, 2
XML_LF, XML_CRLF, XML_CR = 1, 2, 3
# DOM Get XML information
PUBLIC_ID, SYSTEM_ID, DOCTYPE_NAME, ENCODING, VERSION, DOCUMENT_URI = 1, 2, 3, 4, 5, 6

_DEFAULT_OPTIONS = {
    XML_STRING_ENCODING: XML_WITH_ESCAPING, XML_DATE_ENCODING: XML_ISO,
    XML_TIME_ENCODING: XML_DATETIME_LOCAL_ABSOLUTE, XML_INDENTATION: XML_WITH_INDENTATION,
    XML_BINARY_ENCODING: XML_BASE64, XML_PICTURE_ENCODING: 1,
    XML_EXTERNAL_ENTITY_RESOLUTION: XML_DISABLED, XML_DOM_CASE_SENSITIVITY: XML_CASE_SENSITIVE,
    XML_BOM: XML_DEFAULT, XML_LINE_ENDING: XML_DEFAULT,
}

# an XML 1.0 Name (prefix included)
_NAME_START = "A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF" \
              "\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
_NAME_PATTERN = f"[{_NAME_START}][{_NAME_START}0-9.\\-\u00B7\u0300-\u036F\u203F-\u2040]*"
_name_re = None          # compiled on first use (its Unicode classes take 7 ms)


# ---------------------------------------------------------------- trees and references
class _Tree:
    """One DOM document: the minidom Document, the references given out, its options."""
    __slots__ = ("doc", "encoding", "options", "refs", "standalone", "version")

    def __init__(self, doc, encoding="UTF-8", standalone=False, version="1.0"):
        self.doc = doc
        self.refs: dict[int, str] = {}
        self.options: dict[int, int] = {}
        self.encoding = encoding
        self.standalone = standalone
        self.version = version

    def option(self, selector):
        return self.options.get(selector, _global_options.get(selector,
                                                               _DEFAULT_OPTIONS.get(selector, 0)))


_lock = threading.RLock()
_nodes: dict[str, tuple] = {}            # reference -> (tree, node)
_global_options: dict[int, int] = {}     # XML SET OPTIONS("" ; …)
_last_error = ["", 0, 0]                 # XML GET ERROR: text, line, column


def _ref(tree: _Tree, node) -> str:
    """The reference of `node` (created on first use, then always the same)."""
    with _lock:
        ref = tree.refs.get(id(node))
        if ref is None:
            ref = uuid.uuid4().hex.upper()
            tree.refs[id(node)] = ref
            _nodes[ref] = (tree, node)
        return ref


def _forget(tree: _Tree, node):
    """Drop the references of `node` and its subtree (removed or closed)."""
    with _lock:
        stack = [node]
        while stack:
            n = stack.pop()
            ref = tree.refs.pop(id(n), None)
            if ref is not None:
                _nodes.pop(ref, None)
            if n.nodeType == Node.ELEMENT_NODE:
                stack.extend(n.attributes.values())
            stack.extend(n.childNodes)


def _fail(code, message):
    set_ok(0)
    raise FourDError(code, message)


def _resolve(ref, cmd, element=True):
    """(tree, node) designated by the reference argument `ref` (an element unless
    `element` is False: then the document node and other nodes are accepted)."""
    value = deref(ref)
    text = value.strip().upper() if type(value) is str else None
    found = _nodes.get(text) if text else None
    if found is None:
        shown = value if type(value) is str else type_name(value)
        _fail(ERR_XML_REF, f"{cmd}: invalid XML element reference {shown!r}")
    tree, node = found
    if element and node.nodeType != Node.ELEMENT_NODE:
        _fail(ERR_XML_REF, f"{cmd}: the reference does not designate an XML element")
    return tree, node


def _element_of(node):
    """The element an XPath result designates (attributes and text: their element)."""
    if node.nodeType == Node.ATTRIBUTE_NODE:
        return node.ownerElement
    if node.nodeType in (Node.ELEMENT_NODE, Node.DOCUMENT_NODE):
        return node
    return node.parentNode


def _check_name(name, cmd, what="element"):
    global _name_re
    if _name_re is None:
        _name_re = re.compile(_NAME_PATTERN)
    if type(name) is not str or not _name_re.fullmatch(name):
        _fail(ERR_XML_NAME, f"{cmd}: invalid XML {what} name {name!r}")
    return name


# ---------------------------------------------------------------- parsing
_DECL = re.compile(r"""^\ufeff?\s*<\?xml\s+([^?]*)\?>""")
_DECL_ATTR = re.compile(r"""(version|encoding|standalone)\s*=\s*(["'])(.*?)\2""")


def _declaration(head: str) -> dict:
    m = _DECL.match(head)
    return {k: v for k, _q, v in _DECL_ATTR.findall(m.group(1))} if m else {}


def _record_error(message, line, column):
    _last_error[:] = [message, line, column]


def _tidy(node):
    """Drop the indentation of element content: the text children of an element that has
    other children and no text but white space."""
    stack = [node]
    while stack:
        n = stack.pop()
        texts = [k for k in n.childNodes if k.nodeType == Node.TEXT_NODE]
        if len(texts) < len(n.childNodes) and not any(k.data.strip() for k in texts):
            for k in texts:
                n.removeChild(k)
        stack.extend(k for k in n.childNodes if k.nodeType == Node.ELEMENT_NODE)


def _build(data: bytes):
    """A minidom Document from XML bytes (namespace-aware; unbound prefixes tolerated)."""
    try:
        return expatbuilder.parseString(data, namespaces=True)
    except ExpatError as e:
        if "unbound prefix" not in str(e):
            raise
    return expatbuilder.parseString(data, namespaces=False)


def _parse(source, cmd) -> _Tree:
    """The tree of XML text or bytes; malformed XML is a 4D error (XML GET ERROR tells)."""
    if type(source) is str:
        decl = _declaration(source[:500])
        # the text is already decoded: the declared encoding no longer applies
        data = _DECL.sub(lambda m: re.sub(r"""encoding\s*=\s*(["']).*?\1""",
                                          'encoding="UTF-8"', m.group(0)), source, count=1)
        data = data.lstrip("\ufeff").encode("utf-8", "surrogatepass")
    else:
        data = bytes(source)
        head = data[:500]
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            head = head.decode("utf-16", "replace")
        else:
            head = head.decode("latin-1")
        decl = _declaration(head)
    try:
        doc = _build(data)
    except ExpatError as e:
        message = str(e).split(":")[0]
        line, column = getattr(e, "lineno", 0), getattr(e, "offset", 0) + 1
        _record_error(message, line, column)
        _fail(ERR_XML_PARSE, f"{cmd}: the XML is not well-formed: {message} "
                             f"(line {line}, column {column})")
    except (ValueError, LookupError, UnicodeError, DOMException) as e:
        _record_error(str(e), 0, 0)
        _fail(ERR_XML_PARSE, f"{cmd}: the XML cannot be read: {e}")
    _record_error("", 0, 0)
    _tidy(doc)
    return _Tree(doc, encoding=decl.get("encoding") or "UTF-8",
                 standalone=decl.get("standalone", "no").lower() == "yes",
                 version=decl.get("version") or "1.0")


def _new_tree(root_name) -> tuple:
    doc = minidom.getDOMImplementation().createDocument(None, None, None)
    root = doc.createElement(root_name)
    doc.appendChild(root)
    return _Tree(doc), root


def _shallow_copy(doc, n):
    t = n.nodeType
    if t == Node.ELEMENT_NODE:
        e = doc.createElement(n.tagName)
        for name, value in n.attributes.items():
            e.setAttribute(name, value or "")
        return e
    if t == Node.TEXT_NODE:
        return doc.createTextNode(n.data)
    if t == Node.CDATA_SECTION_NODE:
        return doc.createCDATASection(n.data)
    if t == Node.COMMENT_NODE:
        return doc.createComment(n.data)
    if t == Node.PROCESSING_INSTRUCTION_NODE:
        return doc.createProcessingInstruction(n.target, n.data)
    return None


def _import(doc, node):
    """A deep copy of `node` belonging to `doc` (iterative: any depth)."""
    top = _shallow_copy(doc, node)
    stack = [(node, top)] if top is not None else []
    while stack:
        src, dst = stack.pop()
        for k in src.childNodes:
            c = _shallow_copy(doc, k)
            if c is not None:
                dst.appendChild(c)
                if k.nodeType == Node.ELEMENT_NODE:
                    stack.append((k, c))
    return top


def _fragment(tree: _Tree, text: str):
    """The nodes of an XML fragment imported into `tree`, or None if it is not XML."""
    try:
        frag = _build(("<__fourd_fragment__>" + text + "</__fourd_fragment__>").encode("utf-8"))
    except (ExpatError, ValueError, DOMException):
        return None
    _tidy(frag)
    return [_import(tree.doc, k) for k in frag.documentElement.childNodes]


# ---------------------------------------------------------------- values: 4D -> XML text
def _local_offset(seconds_since_midnight=0, date=None) -> str:
    date = date or _dt.date.today()
    local = _dt.datetime(date.year, date.month, date.day) + _dt.timedelta(
        seconds=int(seconds_since_midnight))
    try:
        ts = _time.mktime(local.timetuple())
        off = int((_dt.datetime.fromtimestamp(ts) -
                   _dt.datetime.fromtimestamp(ts, _dt.UTC).replace(tzinfo=None))
                  .total_seconds())
    except (OverflowError, ValueError, OSError):
        off = -_time.timezone
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return f"{sign}{off // 3600:02d}:{off // 60 % 60:02d}"


def _hms(s: int) -> str:
    sign = "-" if s < 0 else ""
    s = abs(s)
    return f"{sign}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def _date_text(d: Date4D, mode) -> str:
    iso = d.iso()
    real = None if d.is_null() else d.to_date()
    if mode == XML_LOCAL:
        return f"{iso} {_local_offset(0, real)}"
    if mode == XML_DATETIME_LOCAL:
        return f"{iso}T00:00:00 {_local_offset(0, real)}"
    if mode == XML_UTC:
        return iso + "Z"
    if mode == XML_DATETIME_UTC:
        return iso + "T00:00:00Z"
    return iso


def _time_text(t: int, mode) -> str:
    t = int(t)
    if mode == XML_SECONDS:
        return str(t)
    if mode == XML_DURATION:
        sign = "-" if t < 0 else ""
        a = abs(t)
        return f"{sign}PT{a // 3600:02d}H{a // 60 % 60:02d}M{a % 60:02d}S"
    if mode == XML_DATETIME_LOCAL:
        return f"0000-00-00T{_hms(t)}{_local_offset(t)}"
    if mode == XML_DATETIME_UTC:
        off = _local_offset(t)
        sign = 1 if off[0] == "+" else -1
        shift = sign * (int(off[1:3]) * 3600 + int(off[4:6]) * 60)
        return f"0000-00-00T{_hms((t - shift) % 86400)}Z"
    return f"0000-00-00T{_hms(t)}"


def _blob_text(data: bytes, tree) -> str:
    b64 = base64.b64encode(bytes(data)).decode("ascii")
    if tree is not None and tree.option(XML_BINARY_ENCODING) == XML_DATA_URI_SCHEME:
        return "data:;base64," + b64
    return b64


def xml_text(v, tree=None) -> str:
    """A 4D value as XML text (4d/docs dom-set-xml-attribute.md, xml-set-options.md)."""
    t = type(v)
    if t is str:
        return v
    if v is None or v is NULL:
        return ""
    if t is bool:
        return "true" if v else "false"
    if t is Time4D:
        return _time_text(v, tree.option(XML_TIME_ENCODING) if tree else
                          XML_DATETIME_LOCAL_ABSOLUTE)
    if t is int:
        return str(v)
    if t is float:
        return num_text(v)
    if t is Date4D:
        return _date_text(v, tree.option(XML_DATE_ENCODING) if tree else XML_ISO)
    if t is bytearray or t is bytes:
        return _blob_text(v, tree)
    if t is Blob4D or t is Picture4D:
        return _blob_text(v.data, tree)
    if isinstance(v, (Obj, Coll)):
        return json_stringify(v)
    if isinstance(v, Array4D):
        raise FourDError(ERR_TYPE_MISMATCH, "an array cannot be an XML value")
    return string_of(v)


# ---------------------------------------------------------------- values: XML text -> 4D
_NUMBER = re.compile(r"\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?)")


def _number(text: str) -> float:
    m = _NUMBER.match(text)
    if not m:
        return 0.0
    try:
        return float(m.group(1).replace(",", "."))
    except ValueError:
        return 0.0


def _time_value(text: str) -> Time4D:
    s = text.strip()
    if re.fullmatch(r"[-+]?\d+", s):
        return Time4D(int(s))
    m = re.fullmatch(r"(-?)P(?:\d+Y)?(?:\d+M)?(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?",
                     s)
    if m and s not in ("P", "-P"):
        total = (int(m.group(2) or 0) * 86400 + int(m.group(3) or 0) * 3600 +
                 int(m.group(4) or 0) * 60 + int(m.group(5) or 0))
        return Time4D(-total if m.group(1) else total)
    m = re.search(r"T(\d{1,2}):(\d{2})(?::(\d{2}))?", s)
    if m:
        return Time4D(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0))
    m = re.fullmatch(r"(-?)(\d+):(\d{2})(?::(\d{2}))?", s)
    if m:
        total = int(m.group(2)) * 3600 + int(m.group(3)) * 60 + int(m.group(4) or 0)
        return Time4D(-total if m.group(1) else total)
    return Time4D(0)


def _date_value(text: str) -> Date4D:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        try:
            _dt.date(y, mo, d)
            return Date4D(y, mo, d)
        except ValueError:
            return Date4D()
    return parse_date(text.strip())


def _blob_value(text: str) -> bytes:
    s = text.strip()
    if s.startswith("data:") and "," in s:
        s = s.split(",", 1)[1]
    try:
        return base64.b64decode(s, validate=False)
    except (binascii.Error, ValueError):
        return text.encode("utf-8")


def typed_value(text: str, like):
    """`text` converted to the type of the current value `like` of the receiving variable
    (4d/docs xml-decode.md): Text when the variable has no type."""
    t = type(like)
    if like is None or t is str:
        return text
    if t is bool:
        return text.strip().lower() in ("true", "1")
    if t is Time4D:
        return _time_value(text)
    if t is int:
        return round_half_away(_number(text))
    if t is float:
        return _number(text)
    if t is Date4D:
        return _date_value(text)
    if t is bytearray:
        return bytearray(_blob_value(text))
    if t is Blob4D:
        return Blob4D(_blob_value(text))
    if like is NULL or isinstance(like, (Obj, Coll)):
        try:
            return json_parse(text)
        except FourDError:
            return NULL
    return text


def _put_typed(ref, text):
    if ref is not None:
        put(ref, typed_value(text or "", deref(ref)))


# ---------------------------------------------------------------- node values
def element_value(node) -> str:
    """The text children of an element (CDATA sections excluded)."""
    if node.nodeType != Node.ELEMENT_NODE:
        return ""
    return "".join(k.data for k in node.childNodes if k.nodeType == Node.TEXT_NODE)


def _cdata_value(node) -> str:
    return "".join(k.data for k in node.childNodes if k.nodeType == Node.CDATA_SECTION_NODE)


def _name(node) -> str:
    return node.nodeName


def _elements(node, name=None, fold=False):
    out = []
    for k in node.childNodes:
        if k.nodeType != Node.ELEMENT_NODE:
            continue
        if name is None or k.tagName == name or (fold and k.tagName.lower() == name.lower()):
            out.append(k)
    return out


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _set_value(tree, node, value, cdata):
    """Replace the text and CDATA children of `node` by `value`."""
    text = _normalize_newlines(xml_text(value, tree))
    old = [k for k in node.childNodes if k.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)]
    anchor = old[0] if old else None
    if cdata:
        new = [tree.doc.createCDATASection(text)]
    elif type(value) is str and tree.option(XML_STRING_ENCODING) == XML_RAW_DATA:
        new = _fragment(tree, text)
        if new is None:
            new = [tree.doc.createCDATASection(text)]
    else:
        new = [tree.doc.createTextNode(text)] if text else []
    for k in new:
        node.insertBefore(k, anchor)
    for k in old:
        node.removeChild(k)
        _forget(tree, k)


def _attribute_pairs(tree, pairs, cmd):
    """[(name, text)] of name/value arguments, checked before anything changes."""
    if len(pairs) % 2:
        _fail(ERR_XML_ATTRIBUTE, f"{cmd}: an attribute name without value")
    return [(_check_name(deref(pairs[k]), cmd, "attribute"), xml_text(deref(pairs[k + 1]), tree))
            for k in range(0, len(pairs), 2)]


def _set_attributes(node, attributes):
    for name, text in attributes:
        node.setAttribute(name, text)


# ---------------------------------------------------------------- serialization
def _escape_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
            .replace("\r", "&#13;"))


def _doctype_text(dt) -> str:
    out = dt.name
    if dt.publicId:
        out += f' PUBLIC "{dt.publicId}" "{dt.systemId or ""}"'
    elif dt.systemId:
        out += f' SYSTEM "{dt.systemId}"'
    if dt.internalSubset:
        out += f" [{dt.internalSubset}]"
    return out


def _pi_text(n) -> str:
    return n.target + (" " + n.data if n.data else "")


def _write(top, level, indent, out):
    """Append the XML text of `top` to `out` (iterative: any depth). Children of an element
    holding only elements (and comments, processing instructions) go one per line, indented
    by two spaces per level; an element with text or CDATA is written as it is."""
    stack = [(top, level, indent)]
    while stack:
        item = stack.pop()
        if type(item) is str:
            out.append(item)
            continue
        n, level, indent = item
        t = n.nodeType
        if t == Node.ELEMENT_NODE:
            out.append("<" + n.tagName)
            for name, value in n.attributes.items():
                out.append(f' {name}="{_escape_attr(value or "")}"')
            kids = n.childNodes
            if not kids:
                out.append("/>")
                continue
            out.append(">")
            block = indent and any(k.nodeType == Node.ELEMENT_NODE for k in kids) and not any(
                k.nodeType == Node.CDATA_SECTION_NODE or
                (k.nodeType == Node.TEXT_NODE and k.data.strip()) for k in kids)
            pending = []
            for k in kids:
                if block:
                    if k.nodeType == Node.TEXT_NODE:
                        continue
                    pending.append("\n" + "  " * (level + 1))
                pending.append((k, level + 1, block))
            if block:
                pending.append("\n" + "  " * level)
            pending.append(f"</{n.tagName}>")
            stack.extend(reversed(pending))
        elif t == Node.TEXT_NODE:
            out.append(_escape_text(n.data))
        elif t == Node.CDATA_SECTION_NODE:
            out.append("<![CDATA[" + n.data.replace("]]>", "]]]]><![CDATA[>") + "]]>")
        elif t == Node.COMMENT_NODE:
            out.append(f"<!--{n.data}-->")
        elif t == Node.PROCESSING_INSTRUCTION_NODE:
            out.append(f"<?{_pi_text(n)}?>")
        elif t == Node.DOCUMENT_TYPE_NODE:
            out.append(f"<!DOCTYPE {_doctype_text(n)}>")


def serialize(tree: _Tree, node=None) -> str:
    """The XML text of the whole tree (with its declaration), or of one element."""
    indent = tree.option(XML_INDENTATION) != XML_NO_INDENTATION
    out = []
    if node is None or node.nodeType == Node.DOCUMENT_NODE or node is tree.doc.documentElement:
        standalone = "yes" if tree.standalone else "no"
        out.append(f'<?xml version="{tree.version}" encoding="{tree.encoding}" '
                   f'standalone="{standalone}" ?>')
        for k in tree.doc.childNodes:
            if indent:
                out.append("\n")
            _write(k, 0, indent, out)
    else:
        _write(node, 0, indent, out)
    out.append("\n")
    text = "".join(out)
    ending = tree.option(XML_LINE_ENDING)
    if ending == XML_CRLF:
        text = text.replace("\n", "\r\n")
    elif ending == XML_CR:
        text = text.replace("\n", "\r")
    return text


def _encoded(tree: _Tree, text: str) -> bytes:
    try:
        codec = codecs.lookup(tree.encoding).name
    except LookupError:
        codec = "utf-8"
    data = text.encode(codec, errors="xmlcharrefreplace")     # "utf-16" writes its BOM
    if tree.option(XML_BOM) == XML_ENABLED and codec in ("utf-8", "utf-16-be", "utf-16-le",
                                                         "utf-32-be", "utf-32-le"):
        data = "\ufeff".encode(codec) + data
    return data


# ---------------------------------------------------------------- files
def _path(path, cmd) -> str:
    """A document path: absolute as given (a file:// URL is accepted), else relative to
    document_folder()."""
    if type(path) is not str:
        _fail(ERR_TYPE_MISMATCH, f"{cmd}: a Text path is expected, got {type_name(path)}")
    if path.lower().startswith("file://"):
        path = path[7:]
    if os.path.isabs(path):
        return path
    return os.path.join(document_folder(), path)


def _read_source(path, cmd) -> bytes:
    if re.match(r"(?i)(https?|ftp)://", path):
        import urllib.request
        try:
            with urllib.request.urlopen(path, timeout=30) as r:
                return r.read()
        except (OSError, ValueError) as e:
            _fail(ERR_FILE_NOT_FOUND, f"{cmd}: cannot read {path}: {e}")
    full = _path(path, cmd)
    try:
        with open(full, "rb") as f:
            return f.read()
    except FileNotFoundError:
        _fail(ERR_FILE_NOT_FOUND, f"{cmd}: file not found: {full}")
    except OSError as e:
        _fail(ERR_IO, f"{cmd}: cannot read {full}: {e.strerror or e}")


# ---------------------------------------------------------------- commands: trees
@command("DOM Parse XML variable", 720)
def dom_parse_xml_variable(variable=None, validation=None, dtd=None, *_):
    cmd = "DOM Parse XML variable"
    v = deref(variable)
    if type(v) is Blob4D:
        v = v.data
    if type(v) not in (str, bytes, bytearray):
        _fail(ERR_TYPE_MISMATCH, f"{cmd}: a Text or Blob is expected, got {type_name(v)}")
    tree = _parse(v, cmd)
    set_ok(1)
    return _ref(tree, tree.doc.documentElement)


@command("DOM Parse XML source", 719)
def dom_parse_xml_source(document=None, validation=None, dtd=None, *_):
    cmd = "DOM Parse XML source"
    path = deref(document)
    if type(path) is not str:
        _fail(ERR_TYPE_MISMATCH, f"{cmd}: a Text path is expected, got {type_name(path)}")
    if path == "":
        set_ok(0)                       # no Open file dialog in fourd: as if cancelled
        return NULL_REF
    tree = _parse(_read_source(path, cmd), cmd)
    set_ok(1)
    return _ref(tree, tree.doc.documentElement)


@command("DOM Create XML Ref", 861)
def dom_create_xml_ref(root=None, namespace=None, *pairs):
    cmd = "DOM Create XML Ref"
    name = _check_name(deref(root), cmd)
    declarations = []
    ns = deref(namespace)
    if ns is not None and ns != "":
        prefix = name.split(":", 1)[0] if ":" in name else None
        declarations.append((f"xmlns:{prefix}" if prefix else "xmlns", xml_text(ns)))
    for ns_name, value in _attribute_pairs(None, pairs, cmd):
        if ns_name != "xmlns" and not ns_name.startswith("xmlns:"):
            ns_name = "xmlns:" + ns_name        # a namespace name/value pair declares it
        declarations.append((ns_name, value))
    tree, node = _new_tree(name)
    _set_attributes(node, declarations)
    set_ok(1)
    return _ref(tree, node)


@command("DOM CLOSE XML", 722, procedure=True)
def dom_close_xml(ref=None, *_):
    cmd = "DOM CLOSE XML"
    tree, node = _resolve(ref, cmd, element=False)
    if node is not tree.doc.documentElement and node is not tree.doc:
        _fail(ERR_XML_REF, f"{cmd}: the reference is not the root of an XML tree")
    with _lock:
        for r in list(tree.refs.values()):
            _nodes.pop(r, None)
        tree.refs.clear()
    set_ok(1)


@command("DOM EXPORT TO VAR", 863, refs=(1,), procedure=True)
def dom_export_to_var(ref=None, var_ref=None, *_):
    cmd = "DOM EXPORT TO VAR"
    tree, node = _resolve(ref, cmd, element=False)
    text = serialize(tree, node)
    cur = deref(var_ref)
    if type(cur) is bytearray:
        put(var_ref, bytearray(_encoded(tree, text)))
    elif type(cur) is Blob4D:
        put(var_ref, Blob4D(_encoded(tree, text)))
    else:
        put(var_ref, text)
    set_ok(1)


@command("DOM EXPORT TO FILE", 862, procedure=True)
def dom_export_to_file(ref=None, path=None, *_):
    cmd = "DOM EXPORT TO FILE"
    tree, node = _resolve(ref, cmd, element=False)
    full = _path(deref(path), cmd)
    data = _encoded(tree, serialize(tree, node))
    try:
        with open(full, "wb") as f:
            f.write(data)
    except FileNotFoundError:
        _fail(ERR_FILE_NOT_FOUND, f"{cmd}: invalid path: {full}")
    except OSError as e:
        _fail(ERR_IO, f"{cmd}: cannot write {full}: {e.strerror or e}")
    set_ok(1)


@command("DOM SET XML DECLARATION", 859, procedure=True)
def dom_set_xml_declaration(ref=None, encoding=None, standalone=None, indentation=None, *_):
    cmd = "DOM SET XML DECLARATION"
    tree, _node = _resolve(ref, cmd, element=False)
    enc = deref(encoding)
    if type(enc) is str and enc:
        try:
            codecs.lookup(enc)
            tree.encoding = enc
        except LookupError:
            tree.encoding = "UTF-8"     # 4d/docs: an unsupported character set means UTF-8
    if standalone is not None:
        tree.standalone = bool(deref(standalone))
    if indentation is not None:
        tree.options[XML_INDENTATION] = XML_WITH_INDENTATION if deref(indentation) \
            else XML_NO_INDENTATION
    set_ok(1)


@command("DOM Get XML document ref", 1088)
def dom_get_xml_document_ref(ref=None, *_):
    tree, _node = _resolve(ref, "DOM Get XML document ref", element=False)
    set_ok(1)
    return _ref(tree, tree.doc)


@command("DOM Get root XML element", 1053)
def dom_get_root_xml_element(ref=None, *_):
    tree, _node = _resolve(ref, "DOM Get root XML element", element=False)
    root = tree.doc.documentElement
    if root is None:
        set_ok(0)
        return ""
    set_ok(1)
    return _ref(tree, root)


@command("DOM Get XML information")
def dom_get_xml_information(ref=None, info=None, *_):
    cmd = "DOM Get XML information"
    tree, _node = _resolve(ref, cmd, element=False)
    what = int_arg(deref(info), cmd)
    dt = tree.doc.doctype
    set_ok(1)
    if what == PUBLIC_ID:
        return (dt.publicId if dt else "") or ""
    if what in (SYSTEM_ID, DOCUMENT_URI):
        return (dt.systemId if dt else "") or ""
    if what == DOCTYPE_NAME:
        return (dt.name if dt else "") or ""
    if what == ENCODING:
        return tree.encoding
    if what == VERSION:
        return tree.version
    set_ok(0)
    return ""


# ---------------------------------------------------------------- commands: searching
def _fill(arr_ref, values, kind, cmd):
    """Put `values` into an array argument (an array of `kind` when the variable is not one
    yet); nothing when the argument is omitted."""
    if arr_ref is None:
        return
    if isinstance(deref(arr_ref), Array4D):
        fill_array(arr_ref, values, cmd)
    else:
        arr = new_array(kind, 0)
        arr.extend(values)
        put(arr_ref, arr)


def _select(tree, node, xpath, cmd):
    if type(xpath) is not str:
        _fail(ERR_TYPE_MISMATCH, f"{cmd}: the XPath must be a Text, got {type_name(xpath)}")
    from . import _xpath             # imported on first use: its tables take 10 ms
    try:
        found = _xpath.select(node, xpath)
    except _xpath.XPathError as e:
        _fail(ERR_XML_XPATH, f"{cmd}: invalid XPath {xpath!r}: {e}")
    except RecursionError:
        _fail(ERR_XML_XPATH, f"{cmd}: XPath {xpath!r} is too deeply nested")
    out, seen = [], set()
    for n in found:
        e = _element_of(n)
        if e is not None and id(e) not in seen:
            seen.add(id(e))
            out.append(e)
    return out


@command("DOM Find XML element", 864, refs=(2,))
def dom_find_xml_element(ref=None, xpath=None, arr_ref=None, *_):
    cmd = "DOM Find XML element"
    tree, node = _resolve(ref, cmd, element=False)
    found = _select(tree, node, deref(xpath), cmd)
    refs = [_ref(tree, n) for n in found]
    _fill(arr_ref, refs, TEXT_ARRAY, cmd)
    set_ok(1 if refs else 0)
    return refs[0] if refs else NULL_REF


@command("DOM Find XML element by ID", 1010)
def dom_find_xml_element_by_id(ref=None, ident=None, *_):
    cmd = "DOM Find XML element by ID"
    tree, _node = _resolve(ref, cmd, element=False)
    wanted = xml_text(deref(ident))
    root = tree.doc.documentElement
    stack = [root] if root is not None else []
    while stack:
        n = stack.pop()
        if n.getAttribute("id") == wanted and n.hasAttribute("id"):
            set_ok(1)
            return _ref(tree, n)
        stack.extend(reversed(_elements(n)))
    set_ok(0)
    return NULL_REF


def _fold(tree):
    return tree.option(XML_DOM_CASE_SENSITIVITY) == XML_CASE_INSENSITIVE


@command("DOM Count XML elements", 726)
def dom_count_xml_elements(ref=None, name=None, *_):
    cmd = "DOM Count XML elements"
    tree, node = _resolve(ref, cmd, element=False)
    n = len(_elements(node, xml_text(deref(name)), _fold(tree)))
    set_ok(1)
    return n


@command("DOM Get XML element", 725, refs=(3,))
def dom_get_xml_element(ref=None, name=None, index=None, value_ref=None, *_):
    cmd = "DOM Get XML element"
    tree, node = _resolve(ref, cmd, element=False)
    kids = _elements(node, xml_text(deref(name)), _fold(tree))
    i = int_arg(deref(index), cmd)
    if not 1 <= i <= len(kids):
        set_ok(0)
        return NULL_REF
    found = kids[i - 1]
    _put_typed(value_ref, element_value(found))
    set_ok(1)
    return _ref(tree, found)


# ---------------------------------------------------------------- commands: navigation
def _navigate(ref, name_ref, value_ref, cmd, pick):
    tree, node = _resolve(ref, cmd, element=False)
    target = pick(node)
    if target is None:
        set_ok(0)
        return NULL_REF
    if name_ref is not None:
        put(name_ref, _name(target))
    _put_typed(value_ref, element_value(target))
    set_ok(1)
    return _ref(tree, target)


def _first(nodes):
    return nodes[0] if nodes else None


def _sibling(node, step):
    n = node.nextSibling if step > 0 else node.previousSibling
    while n is not None and n.nodeType != Node.ELEMENT_NODE:
        n = n.nextSibling if step > 0 else n.previousSibling
    return n


@command("DOM Get first child XML element", 723, refs=(1, 2))
def dom_get_first_child_xml_element(ref=None, name_ref=None, value_ref=None, *_):
    return _navigate(ref, name_ref, value_ref, "DOM Get first child XML element",
                     lambda n: _first(_elements(n)))


@command("DOM Get last child XML element", 925, refs=(1, 2))
def dom_get_last_child_xml_element(ref=None, name_ref=None, value_ref=None, *_):
    return _navigate(ref, name_ref, value_ref, "DOM Get last child XML element",
                     lambda n: _first(_elements(n)[::-1]))


@command("DOM Get next sibling XML element", 724, refs=(1, 2))
def dom_get_next_sibling_xml_element(ref=None, name_ref=None, value_ref=None, *_):
    return _navigate(ref, name_ref, value_ref, "DOM Get next sibling XML element",
                     lambda n: _sibling(n, 1))


@command("DOM Get previous sibling XML element", 924, refs=(1, 2))
def dom_get_previous_sibling_xml_element(ref=None, name_ref=None, value_ref=None, *_):
    return _navigate(ref, name_ref, value_ref, "DOM Get previous sibling XML element",
                     lambda n: _sibling(n, -1))


@command("DOM Get parent XML element", 923, refs=(1, 2))
def dom_get_parent_xml_element(ref=None, name_ref=None, value_ref=None, *_):
    """The parent of the root element is the document node ("#document"); the document
    node has none (null reference, OK 0)."""
    return _navigate(ref, name_ref, value_ref, "DOM Get parent XML element",
                     lambda n: n.parentNode if n.nodeType != Node.DOCUMENT_NODE else None)


# ---------------------------------------------------------------- commands: reading
@command("DOM GET XML ELEMENT NAME", 730, refs=(1,), procedure=True)
def dom_get_xml_element_name(ref=None, name_ref=None, *_):
    _tree, node = _resolve(ref, "DOM GET XML ELEMENT NAME", element=False)
    put(name_ref, _name(node))
    set_ok(1)


@command("DOM GET XML ELEMENT VALUE", 731, refs=(1, 2), procedure=True)
def dom_get_xml_element_value(ref=None, value_ref=None, cdata_ref=None, *_):
    _tree, node = _resolve(ref, "DOM GET XML ELEMENT VALUE")
    _put_typed(value_ref, element_value(node))
    _put_typed(cdata_ref, _cdata_value(node))
    set_ok(1)


@command("DOM Count XML attributes", 727)
def dom_count_xml_attributes(ref=None, *_):
    _tree, node = _resolve(ref, "DOM Count XML attributes")
    set_ok(1)
    return node.attributes.length


def _existing_attribute(node, name, cmd) -> str:
    """The attribute name argument, which must name an attribute of `node` (4d/docs: an
    error otherwise)."""
    attr = xml_text(deref(name))
    if not node.hasAttribute(attr):
        _fail(ERR_XML_ATTRIBUTE, f"{cmd}: the element <{node.tagName}> has no attribute "
                                 f"{attr!r}")
    return attr


@command("DOM GET XML ATTRIBUTE BY NAME", 728, refs=(2,), procedure=True)
def dom_get_xml_attribute_by_name(ref=None, name=None, value_ref=None, *_):
    cmd = "DOM GET XML ATTRIBUTE BY NAME"
    _tree, node = _resolve(ref, cmd)
    _put_typed(value_ref, node.getAttribute(_existing_attribute(node, name, cmd)))
    set_ok(1)


@command("DOM GET XML ATTRIBUTE BY INDEX", 729, refs=(2, 3), procedure=True)
def dom_get_xml_attribute_by_index(ref=None, index=None, name_ref=None, value_ref=None, *_):
    """Attributes are numbered in the alphabetical order of their names (4d/docs)."""
    cmd = "DOM GET XML ATTRIBUTE BY INDEX"
    _tree, node = _resolve(ref, cmd)
    names = sorted(node.attributes.keys())
    i = int_arg(deref(index), cmd)
    if not 1 <= i <= len(names):
        _fail(ERR_XML_ATTRIBUTE, f"{cmd}: the element <{node.tagName}> has {len(names)} "
                                 f"attribute(s), index {i} is out of range")
    put(name_ref, names[i - 1])
    _put_typed(value_ref, node.getAttribute(names[i - 1]))
    set_ok(1)


def _child_node_entry(tree, k):
    t = k.nodeType
    if t == Node.ELEMENT_NODE:
        return XML_ELEMENT, _ref(tree, k)
    if t == Node.TEXT_NODE:
        return XML_DATA, k.data
    if t == Node.CDATA_SECTION_NODE:
        return XML_CDATA, k.data
    if t == Node.COMMENT_NODE:
        return XML_COMMENT, k.data
    if t == Node.PROCESSING_INSTRUCTION_NODE:
        return XML_PROCESSING_INSTRUCTION, _pi_text(k)
    if t == Node.DOCUMENT_TYPE_NODE:
        return XML_DOCTYPE, _doctype_text(k)
    return None


@command("DOM GET XML CHILD NODES", 1081, refs=(1, 2), procedure=True)
def dom_get_xml_child_nodes(ref=None, types_ref=None, values_ref=None, *_):
    tree, node = _resolve(ref, "DOM GET XML CHILD NODES", element=False)
    entries = [e for e in (_child_node_entry(tree, k) for k in node.childNodes) if e]
    _fill(types_ref, [e[0] for e in entries], LONGINT_ARRAY, "DOM GET XML CHILD NODES")
    _fill(values_ref, [e[1] for e in entries], TEXT_ARRAY, "DOM GET XML CHILD NODES")
    set_ok(1)


# ---------------------------------------------------------------- commands: writing
@command("DOM SET XML ELEMENT NAME", 867, procedure=True)
def dom_set_xml_element_name(ref=None, name=None, *_):
    cmd = "DOM SET XML ELEMENT NAME"
    tree, node = _resolve(ref, cmd)
    new = _check_name(deref(name), cmd)
    tree.doc.renameNode(node, node.namespaceURI if ":" in new or node.prefix is None else None,
                        new)
    set_ok(1)


@command("DOM SET XML ELEMENT VALUE", 868, procedure=True)
def dom_set_xml_element_value(ref=None, *args):
    """`(elementRef; value {; *})` or `(elementRef; xPath; value {; *})`."""
    cmd = "DOM SET XML ELEMENT VALUE"
    args, cdata = split_star(args)
    tree, node = _resolve(ref, cmd, element=False)
    if len(args) >= 2:
        found = _select(tree, node, deref(args[0]), cmd)
        if not found or found[0].nodeType != Node.ELEMENT_NODE:
            set_ok(0)
            return
        node = found[0]
        value = deref(args[1])
    elif args:
        value = deref(args[0])
    else:
        _fail(ERR_XML_ATTRIBUTE, f"{cmd}: the value is missing")
    if node.nodeType != Node.ELEMENT_NODE:
        _fail(ERR_XML_REF, f"{cmd}: the reference does not designate an XML element")
    _set_value(tree, node, value, cdata)
    set_ok(1)


@command("DOM SET XML ATTRIBUTE", 866, procedure=True)
def dom_set_xml_attribute(ref=None, *pairs):
    cmd = "DOM SET XML ATTRIBUTE"
    tree, node = _resolve(ref, cmd)
    _set_attributes(node, _attribute_pairs(tree, pairs, cmd))
    set_ok(1)


@command("DOM REMOVE XML ATTRIBUTE", 1084, procedure=True)
def dom_remove_xml_attribute(ref=None, name=None, *_):
    cmd = "DOM REMOVE XML ATTRIBUTE"
    tree, node = _resolve(ref, cmd)
    attr = _existing_attribute(node, name, cmd)
    _forget(tree, node.getAttributeNode(attr))
    node.removeAttribute(attr)
    set_ok(1)


@command("DOM REMOVE XML ELEMENT", 869, procedure=True)
def dom_remove_xml_element(ref=None, *_):
    cmd = "DOM REMOVE XML ELEMENT"
    tree, node = _resolve(ref, cmd, element=False)
    parent = node.parentNode
    if node.nodeType == Node.DOCUMENT_NODE or parent is None or \
            parent.nodeType == Node.DOCUMENT_NODE and node.nodeType == Node.ELEMENT_NODE:
        _fail(ERR_XML_REF, f"{cmd}: the root element of a tree cannot be removed "
                           f"(use DOM CLOSE XML)")
    parent.removeChild(node)
    _forget(tree, node)
    set_ok(1)


_CREATE_STEP = re.compile(r"\s*([^\s\[\]/]+)\s*(?:\[\s*(\d+|last\(\s*\))\s*\])?\s*")


def _create_steps(path, cmd):
    steps = []
    for part in path.split("/"):
        m = _CREATE_STEP.fullmatch(part)
        if not m:
            _fail(ERR_XML_XPATH, f"{cmd}: invalid XPath {path!r} (only name, name[n] and "
                                 f"name[last()] steps can create elements)")
        index = m.group(2)
        steps.append((_check_name(m.group(1), cmd),
                      None if index is None else -1 if index.startswith("last") else
                      int(index)))
    return steps


def _create(tree, start, path, cmd):
    """DOM Create XML element: walk `path` from `start`, creating missing elements; the last
    step always adds a new element (at position n for `name[n]`)."""
    if type(path) is not str or not path.strip():
        _fail(ERR_XML_NAME, f"{cmd}: the XPath of the element to create is empty")
    path = path.strip()
    node = start
    if path.startswith("/"):
        steps = _create_steps(path[1:], cmd)
        root = tree.doc.documentElement
        if len(steps) < 2 or steps[0][0] != root.tagName or steps[0][1] not in (None, 1, -1):
            _fail(ERR_XML_XPATH, f"{cmd}: an absolute path must start with the root element "
                                 f"<{root.tagName}> and name an element below it")
        node, steps = root, steps[1:]
    else:
        steps = _create_steps(path, cmd)
    for name, index in steps[:-1]:
        same = _elements(node, name)
        if index == -1 and same:
            node = same[-1]
        elif index not in (None, -1) and len(same) >= index:
            node = same[index - 1]
        elif index is None and same:
            node = same[0]
        else:
            missing = max(1, (index or 1) - len(same))
            for _ in range(missing):
                node = node.appendChild(tree.doc.createElement(name))
    name, index = steps[-1]
    same = _elements(node, name)
    if index == -1:
        anchor = same[-1].nextSibling if same else None
        return node.insertBefore(tree.doc.createElement(name), anchor)
    if index is not None and len(same) >= index:
        return node.insertBefore(tree.doc.createElement(name), same[index - 1])
    new = None
    for _ in range(max(1, (index or 1) - len(same))):
        new = node.appendChild(tree.doc.createElement(name))
    return new


@command("DOM Create XML element", 865)
def dom_create_xml_element(ref=None, xpath=None, *pairs):
    cmd = "DOM Create XML element"
    tree, node = _resolve(ref, cmd)
    attributes = _attribute_pairs(tree, pairs, cmd)
    new = _create(tree, node, deref(xpath), cmd)
    _set_attributes(new, attributes)
    set_ok(1)
    return _ref(tree, new)


@command("DOM Create XML element arrays")
def dom_create_xml_element_arrays(ref=None, xpath=None, *arrays):
    cmd = "DOM Create XML element arrays"
    tree, node = _resolve(ref, cmd)
    pairs = []
    for k in range(0, len(arrays) - 1, 2):
        names, values = deref(arrays[k]), deref(arrays[k + 1])
        if not isinstance(names, Array4D) or not isinstance(values, Array4D):
            _fail(ERR_TYPE_MISMATCH, f"{cmd}: attribute names and values must be arrays")
        for i in range(1, min(len(names), len(values))):
            pairs += [names[i], values[i]]
    attributes = _attribute_pairs(tree, pairs, cmd)
    new = _create(tree, node, deref(xpath), cmd)
    _set_attributes(new, attributes)
    set_ok(1)
    return _ref(tree, new)


def _copy_into(target_ref, source_ref, cmd, before):
    tree, target = _resolve(target_ref, cmd)
    _src_tree, source = _resolve(source_ref, cmd)
    copy = _import(tree.doc, source)
    target.insertBefore(copy, before(target))
    set_ok(1)
    return _ref(tree, copy)


@command("DOM Append XML element", 1082)
def dom_append_xml_element(target_ref=None, source_ref=None, *_):
    """A copy of the source element (any tree) becomes the last child of the target."""
    return _copy_into(target_ref, source_ref, "DOM Append XML element", lambda t: None)


@command("DOM Insert XML element", 1083)
def dom_insert_xml_element(target_ref=None, source_ref=None, index=None, *_):
    """A copy of the source element is inserted before the child element number `index` of
    the target (before its first child when there is no such child)."""
    cmd = "DOM Insert XML element"
    i = int_arg(deref(index), cmd)

    def before(target):
        kids = _elements(target)
        return kids[i - 1] if 1 <= i <= len(kids) else target.firstChild
    return _copy_into(target_ref, source_ref, cmd, before)


def _new_doctype(tree, text, cmd):
    try:
        probe = _build(f"<!DOCTYPE {text}><x/>".encode())
    except (ExpatError, ValueError, DOMException):
        probe = None
    if probe is None or probe.doctype is None:
        _fail(ERR_XML_NODE_TYPE, f"{cmd}: invalid DOCTYPE declaration {text!r}")
    src = probe.doctype
    dt = tree.doc.implementation.createDocumentType(src.name, src.publicId, src.systemId)
    dt.internalSubset = src.internalSubset
    dt.ownerDocument = tree.doc
    return dt


@command("DOM Append XML child node", 1080)
def dom_append_xml_child_node(ref=None, child_type=None, value=None, *_):
    cmd = "DOM Append XML child node"
    tree, node = _resolve(ref, cmd, element=False)
    kind = int_arg(deref(child_type), cmd)
    v = deref(value)
    if type(v) in (bytes, bytearray) or type(v) is Blob4D:
        raw = v.data if type(v) is Blob4D else bytes(v)
        text = raw.decode("utf-8", errors="replace")
    else:
        text = xml_text(v, tree)
    doc = tree.doc
    at_document = node.nodeType == Node.DOCUMENT_NODE
    if kind == XML_DOCTYPE:
        if not at_document:
            _fail(ERR_XML_NODE_TYPE, f"{cmd}: a DOCTYPE can only be added to the document "
                                     f"node (DOM Get XML document ref)")
        new = _new_doctype(tree, text, cmd)
        old = doc.doctype
        if old is not None and old.parentNode is doc:
            doc.removeChild(old)
            _forget(tree, old)
        doc.insertBefore(new, doc.firstChild)
        doc.doctype = new
    elif kind in (XML_COMMENT, XML_PROCESSING_INSTRUCTION):
        if kind == XML_COMMENT:
            new = doc.createComment(text)
        else:
            target, _sp, data = text.strip().partition(" ")
            _check_name(target, cmd, "processing instruction")
            new = doc.createProcessingInstruction(target, data.strip())
        node.insertBefore(new, doc.documentElement if at_document else None)
    elif kind in (XML_DATA, XML_CDATA, XML_ELEMENT) and not at_document:
        if kind == XML_DATA:
            new = node.appendChild(doc.createTextNode(_normalize_newlines(text)))
        elif kind == XML_CDATA:
            new = node.appendChild(doc.createCDATASection(text))
        else:
            nodes = _fragment(tree, text) if "<" in text else None
            if nodes is None:
                new = node.appendChild(doc.createElement(_check_name(text.strip(), cmd)))
            else:
                for k in nodes:
                    node.appendChild(k)
                new = next((k for k in nodes if k.nodeType == Node.ELEMENT_NODE),
                           nodes[0] if nodes else None)
                if new is None:
                    set_ok(1)
                    return NULL_REF
    else:
        _fail(ERR_XML_NODE_TYPE, f"{cmd}: invalid node type {kind}" +
              (" for the document node" if at_document else ""))
    set_ok(1)
    return _ref(tree, new)


# ---------------------------------------------------------------- XML theme
def _options_target(ref, cmd):
    v = deref(ref)
    if v is None or v == "":
        return None
    return _resolve(ref, cmd, element=False)[0]


@command("XML SET OPTIONS", 1090, procedure=True)
def xml_set_options(ref=None, *pairs):
    cmd = "XML SET OPTIONS"
    tree = _options_target(ref, cmd)
    target = _global_options if tree is None else tree.options
    for k in range(0, len(pairs) - 1, 2):
        target[int_arg(deref(pairs[k]), cmd)] = int_arg(deref(pairs[k + 1]), cmd)
    set_ok(1)


@command("XML GET OPTIONS", 1096, refs=tuple(range(2, 40, 2)), procedure=True)
def xml_get_options(ref=None, *pairs):
    cmd = "XML GET OPTIONS"
    tree = _options_target(ref, cmd)
    for k in range(0, len(pairs) - 1, 2):
        selector = int_arg(deref(pairs[k]), cmd)
        value = tree.option(selector) if tree is not None else \
            _global_options.get(selector, _DEFAULT_OPTIONS.get(selector, 0))
        put(pairs[k + 1], value)
    set_ok(1)


@command("XML GET ERROR", 732, refs=(1, 2, 3), procedure=True)
def xml_get_error(ref=None, text_ref=None, row_ref=None, column_ref=None, *_):
    """The last XML parse error of the session (fourd keeps one, whatever the reference)."""
    message, line, column = _last_error
    put(text_ref, message)
    put(row_ref, line)
    put(column_ref, column)
    set_ok(1)


@command("XML DECODE", 1091, refs=(1,), procedure=True)
def xml_decode(value=None, var_ref=None, *_):
    text = deref(value)
    _put_typed(var_ref, text if type(text) is str else xml_text(text))
