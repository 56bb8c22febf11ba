"""`drafter serve`: a page on the person's own computer that does what the CLI does.

Imported only by the serve command: `drafter --help` and `drafter review` never load the web
stack (starlette, uvicorn).
"""
