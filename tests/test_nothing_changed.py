"""A build with nothing changed hashes its inputs, finds them cached and current, and loads no NLP."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_unchanged_rebuild_does_not_import_spacy(seeds_build, seeds_dir, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_build.out_dir, out, symlinks=True)
    code = (
        "import sys; from kg.build import build; "
        f"r = build([{str(seeds_dir)!r}], {str(out)!r}); "
        "print(r.extracted, r.reused, r.sync.written, 'spacy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
    )
    assert done.stdout.split() == ["0", "5", "0", "False"]
