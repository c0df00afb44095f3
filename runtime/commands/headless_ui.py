"""User-interface commands headless (themes User Interface, Messages, Forms, Objects (Forms),
Windows, Form Events): what they mean without a screen, as in 4D's headless tool4d.

Decisions (README "Headless"):
* tool4d answers every dialog automatically (4D docs, "Command Line Interface", --headless):
  keyboard-state queries (`Shift down`, `Caps lock down`, …, `Right click`) answer False;
  `Pop up menu` chooses nothing (0); `Select document` / `Select folder` / `Select RGB color`
  are cancelled (OK=0, "" / 0). ALERT, CONFIRM, Request keep fourd's stdout/stdin behaviour
  (spec §12.7).
* `MESSAGE(text)` writes the text and a newline on stdout (a progress line per call);
  `DISPLAY NOTIFICATION(title; text)` writes "title: text". `MESSAGES ON` / `MESSAGES OFF`,
  `ERASE WINDOW`, `GOTO XY`, `REDRAW WINDOW`, `SET WINDOW TITLE`, `CLOSE WINDOW`, `BEEP`-like
  commands are accepted and do nothing.
* With no current form, the form-object commands act on no object and raise nothing: the
  `OBJECT SET …` / `OBJECT MOVE` / `FORM GOTO PAGE` family does nothing, the `OBJECT Get …`
  functions return their type's empty value (False, "", 0, a Nil pointer, undefined),
  `OBJECT GET …` procedures leave their variables unchanged. `Form` returns Null, `Current
  form name` "", `Current form window` and `Frontmost window` 0, `Form event code` 0,
  `FORM Get current page` 0.
* What must display a form or open a window (DIALOG, Open form window, Open window, DISPLAY
  SELECTION, MODIFY SELECTION, ADD RECORD, MODIFY RECORD, DISPLAY RECORD, Print form, PRINT
  SELECTION, PRINT RECORD, PRINT LABEL) is error -10995 "forms are not available headless".
"""
from __future__ import annotations

from ..errors import FourDError, ERR_HEADLESS
from ..formatting import string_of
from ..values import NULL
from .output import set_ok, write_line
from .registry import alias, command


def _as_text(v):
    return v if type(v) is str else string_of(v)


# ---------------------------------------------------------------- keyboard, dialogs
def _answer(name, number, value):
    command(name, number)(lambda *_args: value)


for _name, _number in (("Shift down", 543), ("Caps lock down", 547),
                       ("Macintosh option down", 545), ("Windows Alt down", 563),
                       ("Macintosh command down", 546), ("Windows Ctrl down", 562),
                       ("Macintosh control down", 544), ("Right click", 712),
                       ("Contextual click", 713)):
    _answer(_name, _number, False)


@command("Pop up menu", 542)
def pop_up_menu(*_args):
    return 0


def _cancelled(default):
    def dialog(*_args):
        set_ok(0)
        return default
    return dialog


command("Select document", 905)(_cancelled(""))
command("Select folder", 670)(_cancelled(""))
command("Select RGB color", 956)(_cancelled(0))


# ---------------------------------------------------------------- messages
@command("MESSAGE", 88, procedure=True)
def message(text=""):
    write_line(_as_text(text))


@command("DISPLAY NOTIFICATION", 910, procedure=True)
def display_notification(title="", text="", *_duration):
    write_line(f"{_as_text(title)}: {_as_text(text)}" if title else _as_text(text))


def _nothing(name, number=None):
    command(name, number, procedure=True)(lambda *_args: None)


for _name, _number in (("MESSAGES ON", 181), ("MESSAGES OFF", 175), ("ERASE WINDOW", 160),
                       ("GOTO XY", None), ("REDRAW WINDOW", 456), ("SET WINDOW TITLE", 213),
                       ("CLOSE WINDOW", 154), ("HIDE WINDOW", 436), ("SHOW WINDOW", 435),
                       ("MAXIMIZE WINDOW", 453), ("MINIMIZE WINDOW", 454), ("REDRAW", 174),
                       ("SET CURSOR", 469), ("HIDE MENU BAR", 432), ("SHOW MENU BAR", 431),
                       ("FORM GOTO PAGE", 247), ("FORM FIRST PAGE", 250),
                       ("FORM LAST PAGE", 251), ("FORM NEXT PAGE", 248),
                       ("FORM PREVIOUS PAGE", 249), ("OBJECT MOVE", 664),
                       ("OBJECT DUPLICATE", 1111), ("GOTO OBJECT", 206),
                       ("HIGHLIGHT TEXT", 210), ("POST OUTSIDE CALL", 329),
                       ("SET TIMER", 645), ("CALL SUBFORM CONTAINER", 1086),
                       ("ACCEPT", 269), ("CANCEL", 270)):
    _nothing(_name, _number)

# ---------------------------------------------------------------- form objects
# OBJECT SET … (all of them, whatever their number of parameters): nothing to act on
for _name, _number in (
        ("OBJECT SET ACTION", 1259), ("OBJECT SET AUTO SPELLCHECK", 1173),
        ("OBJECT SET BORDER STYLE", 1262), ("OBJECT SET CONTEXT MENU", 1251),
        ("OBJECT SET COORDINATES", 1248), ("OBJECT SET CORNER RADIUS", 1323),
        ("OBJECT SET DATA SOURCE", None), ("OBJECT SET DATA SOURCE FORMULA", 1851),
        ("OBJECT SET DRAG AND DROP OPTIONS", 1183), ("OBJECT SET ENABLED", 1123),
        ("OBJECT SET ENTERABLE", 238), ("OBJECT SET EVENTS", 1239),
        ("OBJECT SET FILTER", 235), ("OBJECT SET FOCUS RECTANGLE INVISIBLE", 1177),
        ("OBJECT SET FONT", 164), ("OBJECT SET FONT SIZE", 165),
        ("OBJECT SET FONT STYLE", 166), ("OBJECT SET FORMAT", 236),
        ("OBJECT SET HELP TIP", 1181), ("OBJECT SET HORIZONTAL ALIGNMENT", 706),
        ("OBJECT SET INDICATOR TYPE", None), ("OBJECT SET KEYBOARD LAYOUT", None),
        ("OBJECT SET LIST BY NAME", 237), ("OBJECT SET LIST BY REFERENCE", 1266),
        ("OBJECT SET MAXIMUM VALUE", None), ("OBJECT SET MINIMUM VALUE", None),
        ("OBJECT SET MULTILINE", None), ("OBJECT SET PLACEHOLDER", 1295),
        ("OBJECT SET PRINT VARIABLE FRAME", None), ("OBJECT SET RESIZING OPTIONS", 1175),
        ("OBJECT SET RGB COLORS", 628), ("OBJECT SET SCROLL POSITION", 906),
        ("OBJECT SET SCROLLBAR", 843), ("OBJECT SET SHORTCUT", 1185),
        ("OBJECT SET STYLE SHEET", 1257), ("OBJECT SET SUBFORM", 1138),
        ("OBJECT SET SUBFORM CONTAINER VALUE", 1784), ("OBJECT SET TEXT ORIENTATION", None),
        ("OBJECT SET THREE STATES CHECKBOX", None), ("OBJECT SET TITLE", 194),
        ("OBJECT SET VALUE", 1742), ("OBJECT SET VERTICAL ALIGNMENT", 1187),
        ("OBJECT SET VISIBLE", 603),
        # OBJECT GET … procedures: their variables are left as they are
        ("OBJECT GET BEST SIZE", 717), ("OBJECT GET COORDINATES", 663),
        ("OBJECT GET DRAG AND DROP OPTIONS", 1184), ("OBJECT GET EVENTS", 1238),
        ("OBJECT GET MAXIMUM VALUE", None), ("OBJECT GET MINIMUM VALUE", None),
        ("OBJECT GET PRINT VARIABLE FRAME", None), ("OBJECT GET RESIZING OPTIONS", 1176),
        ("OBJECT GET RGB COLORS", 1074), ("OBJECT GET SCROLL POSITION", 1114),
        ("OBJECT GET SCROLLBAR", 1076), ("OBJECT GET SHORTCUT", 1186),
        ("OBJECT GET SUBFORM", 1139), ("OBJECT GET SUBFORM CONTAINER SIZE", 1148)):
    _nothing(_name, _number)

# OBJECT Get … functions: the empty value of their result type
for _value, _names in (
        (False, (("OBJECT Get enabled", 1079), ("OBJECT Get enterable", 1067),
                 ("OBJECT Get visible", 1075), ("OBJECT Get auto spellcheck", 1174),
                 ("OBJECT Get context menu", 1252), ("OBJECT Get three states checkbox", None),
                 ("OBJECT Get focus rectangle invisible", None), ("OBJECT Is styled text", None))),
        ("", (("OBJECT Get title", 1068), ("OBJECT Get name", 1087), ("OBJECT Get format", 894),
              ("OBJECT Get filter", 1073), ("OBJECT Get font", 1069),
              ("OBJECT Get help tip", 1182), ("OBJECT Get list name", 1072),
              ("OBJECT Get placeholder", 1296), ("OBJECT Get action", 1457),
              ("OBJECT Get style sheet", None), ("OBJECT Get keyboard layout", None),
              ("Current form name", 1298), ("Get window title", 450))),
        (0, (("OBJECT Get font size", 1070), ("OBJECT Get font style", 1071),
             ("OBJECT Get horizontal alignment", 707), ("OBJECT Get vertical alignment", 1188),
             ("OBJECT Get border style", None), ("OBJECT Get corner radius", None),
             ("OBJECT Get indicator type", None), ("OBJECT Get list reference", None),
             ("OBJECT Get multiline", None), ("OBJECT Get text orientation", None),
             ("OBJECT Get type", 1300), ("Current form window", 827), ("Frontmost window", 447),
             ("Form event code", 388), ("FORM Get current page", 276), ("Keystroke", 390),
             ("Next window", 448), ("Find window", 449))),
        (NULL, (("OBJECT Get pointer", 1124), ("OBJECT Get data source", 1265),
                ("OBJECT Get data source formula", None), ("Focus object", None),
                ("Form", 1466))),
        (None, (("OBJECT Get value", 1743), ("OBJECT Get subform container value", 1785)))):
    for _name, _number in _names:
        _answer(_name, _number, _value)


# ---------------------------------------------------------------- forms and windows
def _needs_a_screen(name, number=None):
    def fail(*_args):
        raise FourDError(ERR_HEADLESS, f"{name}: forms are not available headless (fourd runs "
                                       "without a screen, as tool4d)")
    command(name, number)(fail)


for _name, _number in (("DIALOG", 40), ("Open form window", 675), ("Open window", 153),
                       ("DISPLAY SELECTION", None), ("MODIFY SELECTION", None),
                       ("ADD RECORD", None), ("MODIFY RECORD", None),
                       ("DISPLAY RECORD", None), ("Print form", None),
                       ("PRINT SELECTION", None), ("PRINT RECORD", None),
                       ("PRINT LABEL", 39)):
    _needs_a_screen(_name, _number)


alias("Form event", "Form event code")     # the name before 4D v18
