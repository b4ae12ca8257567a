/**
 * Python source shared by the introspection script and the generated runner, so that both import the
 * tools module the same way. It expects `os`, `sys` and `importlib.util` imported as `_codemode_os`,
 * `_codemode_sys` and `_codemode_importlib_util`.
 */
export const TOOLS_LOADER_SOURCE = String.raw`def _codemode_load_tools(relative_path):
    """Imports the tools module by its path, with the repository root and its own folder importable."""
    path = _codemode_os.path.abspath(relative_path)
    for folder in (_codemode_os.getcwd(), _codemode_os.path.dirname(path)):
        if folder not in _codemode_sys.path:
            _codemode_sys.path.insert(0, folder)
    stem = _codemode_os.path.splitext(_codemode_os.path.basename(path))[0]
    name = stem if stem.isidentifier() and stem not in _codemode_sys.modules else "_codemode_user_tools"
    spec = _codemode_importlib_util.spec_from_file_location(name, path)
    module = _codemode_importlib_util.module_from_spec(spec)
    _codemode_sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
`;
