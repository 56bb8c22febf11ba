"""Run `python -m llama_cpp.server` with llama.cpp's extra CPU buffer types switched off.

Why: on this kind of VM (Firecracker; /proc/cpuinfo lists amx_tile/amx_int8) a llama.cpp built
with GGML_NATIVE picks the AMX / repack weight buffers, and the first batch of more than one
token dies with a general protection fault in libggml-cpu.so (the server drops the connection
with no reply). `use_extra_bufts = False` is llama.cpp's `--no-repack`; llama-cpp-python does
not expose it, so patch the default model params before the server builds its Llama.
Set LLAMA_EXTRA_BUFTS=1 to keep llama.cpp's default. Arguments are passed through unchanged.
Runs inside the llama venv (not drafter's), so it imports only llama_cpp and the stdlib.
"""

import os
import runpy

import llama_cpp.llama_cpp as llama_c

if os.environ.get("LLAMA_EXTRA_BUFTS") != "1":
    _default_params = llama_c.llama_model_default_params

    def _params_without_extra_bufts():  # type: ignore[no-untyped-def]
        params = _default_params()
        params.use_extra_bufts = False
        return params

    llama_c.llama_model_default_params = _params_without_extra_bufts

runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
