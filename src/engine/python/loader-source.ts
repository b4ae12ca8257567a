/**
 * Python source shared by the introspection script and the runner runtime, so that both import the tools
 * module the same way. It expects `os`, `sys` and `importlib.util` imported under those names.
 */
export const TOOLS_LOADER_SOURCE = String.raw`def load_tools(relative_path):
    """Imports the tools module by its path, with the repository root and its own folder importable."""
    path = os.path.abspath(relative_path)
    for folder in (os.getcwd(), os.path.dirname(path)):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    stem = os.path.splitext(os.path.basename(path))[0]
    name = stem if stem.isidentifier() and stem not in sys.modules else "_codemode_user_tools"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
`;
