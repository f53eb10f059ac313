"""Store the seed articles of ../shared/seeds in a corpus folder with `factcheck add`.

    python scripts/add_seeds.py [--seeds ../shared/seeds] [--corpus corpus]

Each seed's metadata (title, author, publisher, url, published) comes from metadata.json
beside the seeds; the text is stored exactly as `factcheck add` cleans it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path


def add_commands(seeds: Path, corpus: Path) -> list[list[str]]:
    """One `factcheck add` command line per seed article."""
    metadata = json.loads((seeds / "metadata.json").read_text(encoding="utf-8"))
    commands = []
    for entry in metadata["articles"]:
        command = [sys.executable, "-m", "factcheck", "add", str(seeds / entry["file"]), "--corpus", str(corpus)]
        for field in ("title", "published", "publisher", "author", "url"):
            if entry.get(field):
                command += [f"--{field}", entry[field]]
        commands.append(command)
    return commands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    for command in add_commands(args.seeds, args.corpus):
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
