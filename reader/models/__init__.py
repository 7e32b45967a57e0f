"""Qt item models over the domain layer: QtCore and QtGui only, never QtWidgets."""
