"""The deterministic rubric: rules as data in `rubrics/`, checks registered by name."""

from drafter.rubric.engine import Rubric, check, infer_stage, load_rubric, stage_names

__all__ = ["Rubric", "check", "infer_stage", "load_rubric", "stage_names"]
