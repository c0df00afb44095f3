"""fourd: run 4D language code (.4dm scripts and project folders) outside 4D."""
__version__ = "0.1.0"
