"""The person's own settings: ~/.config/drafter/config.toml (or $XDG_CONFIG_HOME/drafter/...).

```toml
name = "Jordan Rivera"
email = "jordan@example.com"
phone = "+1 555 0100"
link = "https://linkedin.com/in/jordanrivera"
model = "gpt-4o-mini"          # optional default model
```
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from drafter.errors import UsageError


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    link: str | None = None
    model: str | None = None
    api_base: str | None = None


def config_path() -> Path:
    if env := os.environ.get("DRAFTER_CONFIG"):
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "drafter" / "config.toml"


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    if not path.is_file():
        return Config()
    try:
        return Config(**tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"config file {path} is not valid TOML: {exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        raise UsageError(f"config file {path}: {err['msg'].lower()} "
                         f"'{'.'.join(str(p) for p in err['loc'])}'") from None
