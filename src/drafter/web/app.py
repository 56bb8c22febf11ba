"""The routes of `drafter serve`: one page, its static files, and a small JSON API.

Every request first passes drafter.web.security.Guard (Host, Origin, token, size). Errors are
one line of JSON, `{"error": ...}`, worded as the CLI words them; never a traceback.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from anyio import to_thread
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from drafter import __version__
from drafter.cli_args import one_line
from drafter.errors import DrafterError, MissingFact
from drafter.inputs import MAX_BYTES
from drafter.web import api
from drafter.web.security import TOKEN_HEADER, BodyTooLarge, Guard

HERE = Path(__file__).resolve().parent
# three pasted texts at most (notes, an email, a panel's drafts) and the JSON around them
MAX_BODY = 3 * MAX_BYTES + 100_000
_STEPS = {"read": "reading your notes", "read (re-asked)": "reading your notes again",
          "draft": "drafting"}


def _error(message: str, status: int = 400, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": one_line(message), **extra}, status_code=status)


# where a missing fact's message turns to the command line ("; pass --to NAME (or ...)")
_CLI_HINT = re.compile(r";\s*(?:pass\s+--|add\s+'|or\s+set\s+)")


def _page_message(exc: MissingFact) -> str:
    """The message without its command-line instructions, then the page's question: the page
    asks for the fact in its own field ("... do not say who this email goes to. Who is this
    email to?")."""
    text = str(exc)
    if m := _CLI_HINT.search(text):
        text = text[:m.start()]
    return f"{text.rstrip(' .;')}. {exc.question}".strip() if exc.question else text


def _missing(exc: MissingFact) -> dict[str, Any]:
    return {"fact": exc.fact, "flag": exc.flag, "choices": list(exc.choices),
            "question": exc.question}


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise DrafterError("the request is not JSON") from None
    if not isinstance(data, dict):
        raise DrafterError("the request must be a JSON object")
    return data


def _handler(work: Callable[[dict[str, Any]], Any]) -> Callable[[Request], Any]:
    """A POST route: read the JSON, run `work` off the event loop, answer or say why not."""

    async def route(request: Request) -> Response:
        try:
            data = await _json_body(request)
            answer = await to_thread.run_sync(work, data)
        except BodyTooLarge as exc:
            return _error(str(exc), 413)
        except MissingFact as exc:
            return _error(_page_message(exc), 422, missing=_missing(exc))
        except DrafterError as exc:
            return _error(str(exc))
        except Exception as exc:  # a bug: say so in one line; the details go to the terminal
            print(f"drafter serve: {type(exc).__name__}: {exc}", file=sys.stderr)
            return _error(f"drafter hit an internal error ({type(exc).__name__}); "
                          "the terminal running drafter serve has the details", 500)
        if isinstance(answer, Response):
            return answer
        return JSONResponse(answer)

    return route


def _download(data: bytes, name: str, media: str) -> Response:
    return Response(data, media_type=media,
                    headers={"content-disposition": f'attachment; filename="{name}"'})


def _eml(data: dict[str, Any]) -> Response:
    body, name = api.eml(data)
    return _download(body, name, "message/rfc822")


def _ics(data: dict[str, Any]) -> Response:
    return _download(api.plan_ics(data), "follow-ups.ics", "text/calendar")


def _zip(data: dict[str, Any]) -> Response:
    return _download(api.panel_zip(data), "panel-drafts.zip", "application/zip")


def _step_label(step: str) -> str:
    if step.startswith("revise "):
        return f"revising {step.removeprefix('revise ')}/2"
    return _STEPS.get(step, step)


async def _draft_stream(data: dict[str, Any]) -> AsyncIterator[bytes]:
    """A model's draft as lines of JSON: progress, then the result (or the error). The page
    cancels by closing the request; the model call is then cancelled with it."""
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    task = asyncio.ensure_future(api.adraft(
        data, lambda step: queue.put_nowait({"progress": _step_label(step)})))
    yield _line({"progress": "starting"})
    try:
        while True:
            getter = asyncio.ensure_future(queue.get())
            done, _ = await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
            if getter in done:
                yield _line(getter.result())
                continue
            getter.cancel()
            break
        while not queue.empty():
            yield _line(queue.get_nowait())
        try:
            yield _line({"result": task.result()})
        except MissingFact as exc:
            yield _line({"error": one_line(_page_message(exc)), "missing": _missing(exc)})
        except DrafterError as exc:
            yield _line({"error": one_line(str(exc)), "model_failed": True})
        except Exception as exc:
            print(f"drafter serve: {type(exc).__name__}: {exc}", file=sys.stderr)
            yield _line({"error": f"drafter hit an internal error ({type(exc).__name__})"})
    finally:
        task.cancel()


def _line(item: dict[str, Any]) -> bytes:
    return (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")


async def _draft(request: Request) -> Response:
    try:
        data = await _json_body(request)
    except BodyTooLarge as exc:
        return _error(str(exc), 413)
    except DrafterError as exc:
        return _error(str(exc))
    if str(data.get("engine") or "offline") == "offline":
        return await _handler(api.draft)(request)  # the body is cached on the request
    return StreamingResponse(_draft_stream(data), media_type="application/x-ndjson")


def build_app(*, port: int, token: str) -> Guard:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"]))
    page = env.get_template("index.html")

    async def index(request: Request) -> Response:
        from drafter.rubric import stage_names

        engines = await to_thread.run_sync(api.engines)
        return HTMLResponse(page.render(token=token, token_header=TOKEN_HEADER,
                                        stages=stage_names(), engines=engines,
                                        version=__version__))

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/api/draft", _draft, methods=["POST"]),
        Route("/api/review", _handler(api.review), methods=["POST"]),
        Route("/api/plan", _handler(lambda d: api.plan(d)[0]), methods=["POST"]),
        Route("/api/panel", _handler(api.panel), methods=["POST"]),
        Route("/api/eml", _handler(_eml), methods=["POST"]),
        Route("/api/plan.ics", _handler(_ics), methods=["POST"]),
        Route("/api/panel.zip", _handler(_zip), methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static", check_dir=False), name="static"),
    ]
    return Guard(Starlette(routes=routes), port=port, token=token, max_body=MAX_BODY)
