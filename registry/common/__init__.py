"""What every app uses and that imports no app: names, partial dates, fields, exports, forms, charts."""
