"""The reader's logic as plain objects and pure functions, with no Textual: the screens
store their results in vars and bind them into the widgets; tests call them directly."""
