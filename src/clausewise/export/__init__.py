"""Views of a record in other formats (Akoma Ntoso: `export.akn`)."""
