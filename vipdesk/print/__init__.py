"""Printed documents (reportlab, no Qt): guest cards, registration cards, reports."""
