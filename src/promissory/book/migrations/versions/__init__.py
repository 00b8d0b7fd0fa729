"""One module per schema revision, oldest first: ``v0001`` the first book, ``v0002`` storage."""
