"""Nothing is ever lost: a build that cannot finish — disk full, killed —
leaves neither a partial file nor a damaged previous export."""

import os
import signal
import subprocess
import time
import unittest

from pgtest import BIN, SOURCE_DIR, TempDirTestCase, run

DATA = SOURCE_DIR / "data"


class NothingLostTest(TempDirTestCase):
    def previous_export(self):
        out = self.tmp / "out"
        run("build", DATA, "-o", out, "--quiet", check=True)
        return out, self.snapshot(out)

    def test_disk_full_fails_cleanly_and_keeps_the_previous_export(self):
        out, before = self.previous_export()
        # A 64 KiB file-size limit: the first output file cannot be written.
        result = subprocess.run(["bash", "-c", f'ulimit -f 64; exec "{BIN}" build "{DATA}" -o "{out}" --base https://example.org/other/'],
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("error[io.write]", result.stderr)
        self.assertIn("File too large", result.stderr)
        self.assertEqual(self.snapshot(out), before)  # unchanged, and no temporaries left

    def test_disk_full_into_a_new_directory_leaves_nothing(self):
        out = self.tmp / "fresh" / "out"
        result = subprocess.run(["bash", "-c", f'ulimit -f 64; exec "{BIN}" build "{DATA}" -o "{out}"'],
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertFalse((self.tmp / "fresh").exists())

    def test_killed_build_never_damages_the_previous_export(self):
        out, before = self.previous_export()
        big = self.tmp / "big"
        big.mkdir()
        # Enough data that the build is still running when it is killed.
        statements = ",".join(
            f'{{"subject": "m{i}", "predicate": "participant", "object": "p{i % 50}", "cite": ["c"]}}' for i in range(60000))
        nodes = ",".join(f'{{"id": "m{i}", "type": "Meeting", "label": {{"en": "Meeting {i}"}}}}' for i in range(60000))
        people = ",".join(f'{{"id": "p{i}", "type": "Person", "label": {{"en": "Person {i}"}}}}' for i in range(50))
        (big / "big.json").write_text(
            '{"nodes": [' + nodes + "," + people + ', {"id": "s", "type": "Book", "label": {"en": "S"}, "props": {"title": "S"}}],'
            ' "citations": [{"id": "c", "source": "s"}], "statements": [' + statements + "]}")
        for delay in (0.05, 0.2, 0.5):
            with self.subTest(killed_after=delay):
                process = subprocess.Popen([BIN, "build", big, "-o", out, "--quiet"])
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=60)
                after = self.snapshot(out)
                visible = {name: content for name, content in after.items() if not name.startswith(".")}
                # Either the old export, or (if the build won the race) a complete
                # new one. A killed run may leave a hidden temporary (.name.tmp-*)
                # beside the files; it is never mistaken for an export.
                if visible == before:
                    continue
                self.assertEqual(set(visible), set(before))
                self.assertTrue(all(content.endswith(b"\n") for content in visible.values()))


if __name__ == "__main__":
    unittest.main()
