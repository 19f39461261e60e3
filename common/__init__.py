"""Small helpers that every app may use and that use no app in return."""
