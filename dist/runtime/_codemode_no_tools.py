"""The tools module of a run whose tools all come from MCP servers: it defines none."""
