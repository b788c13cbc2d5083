#!/usr/bin/python3
"""A throw-away Virtuoso 7 for the tests: its own database directory and
virtuoso.ini, SQL and HTTP ports on 127.0.0.1 chosen free at start, a test
user with the SPARQL_UPDATE role (so /sparql-graph-crud-auth and
/sparql-auth accept it with HTTP Digest), stopped and deleted at the end.

As a library (tests/e2e/test_store.py):

    server = Virtuoso(); server.start()   # blocks until /sparql answers
    ... server.http_url, server.user, server.password ...
    server.stop()                          # always; kills if need be, removes the directory

From the shell (one instance per state file, default /tmp/pactgraph-virtuoso.json):

    tests/store/virtuoso.py start | status | stop
"""

import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
ISQL = shutil.which("isql-vt") or "/usr/bin/isql-vt"
STATE_FILE = Path(os.environ.get("PACTGRAPH_VIRTUOSO_STATE", "/tmp/pactgraph-virtuoso.json"))

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 8
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., {dir}
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 64
MaxMemPoolSize = 20000000
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DefaultIsolation = 2
StopCompilerWhenXOverRunTime = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 8
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
ServerThreads = 8
MaxKeepAlives = 8
KeepAliveTimeout = 10
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
EnabledGzipContent = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[VDB]
ArrayOptimization = 0
NumArrayParameters = 10
VDBDisconnectTimeout = 1000
KeepConnectionInDisconnectedMode = 0
ReconnectOnFailure = 1

[Replication]
ServerName = pactgraph-test
ServerEnable = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DefaultQuery = SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10
DeferInferenceRulesInit = 0
"""

# What a user with a minimal virtuoso.ini has: only the sections and keys
# the server cannot start without. With it, Virtuoso 7.2 answers ASK in
# SPARQL JSON as a one-row table (`__ASK_RETVAL`) instead of `boolean`.
MINIMAL_KEYS = {
    "Database": {"DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"},
    "TempDatabase": {"DatabaseFile", "TransactionFile"},
    "Parameters": {"ServerPort", "NumberOfBuffers", "MaxDirtyBuffers"},
    "HTTPServer": {"ServerPort", "ServerRoot"},
    "SPARQL": {"ResultSetMaxRows"},
}


def _only_keys(ini, keys):
    """`ini` with only the sections and keys of `keys`."""
    out, section = [], None
    for line in ini.splitlines():
        if line.startswith("["):
            section = line.strip("[]")
            if section in keys:
                out += ["", line] if out else [line]
        elif section in keys and "=" in line and line.split("=")[0].strip() in keys[section]:
            out.append(line)
    return "\n".join(out) + "\n"


MINIMAL_INI = _only_keys(INI, MINIMAL_KEYS)

# For bench/store_push.py: the full ini with the buffers Virtuoso's docs
# suggest for 8 GB of memory, so that millions of triples fit, and no limit
# on a request's run time (a MOVE of millions of triples takes minutes).
LARGE_INI = INI.replace("NumberOfBuffers = 10000", "NumberOfBuffers = 680000").replace(
    "MaxDirtyBuffers = 6000", "MaxDirtyBuffers = 500000").replace("MaxCheckpointRemap = 2000", "MaxCheckpointRemap = 200000").replace(
    "MaxQueryExecutionTime = 60", "MaxQueryExecutionTime = 0")

INI_VARIANTS = {"full": INI, "minimal": MINIMAL_INI, "large": LARGE_INI}


def _die_with_parent():
    """In the child before exec: SIGKILL when the parent process dies (Linux prctl)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class VirtuosoError(RuntimeError):
    pass


class Virtuoso:
    """One Virtuoso server process with a temporary database."""

    def __init__(self, directory=None, start_timeout=180, ini="full", die_with_parent=True):
        self.directory = Path(directory) if directory else None
        self.ini = ini
        # A test process killed by a timeout takes its server with it.
        self.die_with_parent = die_with_parent
        self.start_timeout = start_timeout
        self.process = None
        self.pid = None
        self.sql_port = None
        self.http_port = None
        self.user = "pgtest"
        self.password = None

    @property
    def http_url(self):
        return f"http://127.0.0.1:{self.http_port}"

    def start(self):
        """Creates the database, starts the server and waits (bounded) until
        /sparql answers; then creates the test user. On any failure the
        server is stopped and the directory removed before raising."""
        if not Path(VIRTUOSO).exists():
            raise VirtuosoError("virtuoso-t not found: install virtuoso-opensource-7-bin (scripts/install-deps.sh --test)")
        self.directory = Path(tempfile.mkdtemp(prefix="pactgraph-virtuoso-"))
        self.sql_port, self.http_port = free_port(), free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        self.password = "pg-" + secrets.token_hex(12)
        (self.directory / "virtuoso.ini").write_text(
            INI_VARIANTS[self.ini].format(dir=self.directory, sql_port=self.sql_port, http_port=self.http_port),
            encoding="utf-8")
        try:
            self._launch()
            self.isql(f"DB.DBA.USER_CREATE('{self.user}', '{self.password}'); "
                      f"GRANT SPARQL_SELECT TO \"{self.user}\"; GRANT SPARQL_UPDATE TO \"{self.user}\";")
        except BaseException:
            self.stop()
            raise
        return self

    def _launch(self):
        with open(self.directory / "stdout.log", "ab") as log:
            self.process = subprocess.Popen(
                [VIRTUOSO, "+foreground", "+configfile", str(self.directory / "virtuoso.ini")],
                cwd=self.directory, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, preexec_fn=_die_with_parent if self.die_with_parent else None)
        self.pid = self.process.pid
        self._wait_until_up()

    def restart(self, how="term", grace=60):
        """Stops the server and starts it again on the same database, ports
        and users: `term` sends SIGTERM and waits for it to exit (at most
        `grace` s), `kill` sends SIGKILL at once. On start-up Virtuoso
        replays its transaction log over the last checkpoint."""
        self._signal(signal.SIGTERM if how == "term" else signal.SIGKILL, grace)
        self._launch()
        return self

    def checkpoint(self):
        """Writes every committed change into the database file (SQL `checkpoint`)."""
        self.isql("checkpoint;")

    def _signal(self, sig, grace):
        """Sends `sig` to the server's process group and waits (bounded) for
        it to exit; SIGKILL after `grace` s."""
        if self.pid is None or not self._alive():
            return
        try:
            os.killpg(self.pid, sig)
        except OSError:
            pass
        deadline = time.monotonic() + grace
        while self._alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        if self._alive():
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except OSError:
                pass
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass

    def _alive(self):
        if self.process is not None:
            return self.process.poll() is None
        try:
            os.kill(self.pid, 0)
            return True
        except (OSError, TypeError):
            return False

    def _wait_until_up(self):
        deadline = time.monotonic() + self.start_timeout
        probe = self.http_url + "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if not self._alive():
                raise VirtuosoError(f"virtuoso-t exited during start-up:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=5) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.5)
        raise VirtuosoError(f"Virtuoso did not answer on {self.http_url}/sparql within {self.start_timeout} s:\n"
                            f"{self.log_tail()}")

    def log_tail(self, lines=30):
        text = ""
        for name in ("virtuoso.log", "stdout.log"):
            path = self.directory / name if self.directory else None
            if path and path.exists():
                text += "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) + "\n"
        return text

    def isql(self, statements, timeout=60):
        """Runs SQL as dba through isql-vt; raises with its output on error."""
        result = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                                capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        if result.returncode != 0 or "*** Error" in result.stdout + result.stderr:
            raise VirtuosoError(f"isql-vt failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def sparql(self, query, default_graph=None):
        """SPARQL JSON results of `query` from the public /sparql endpoint."""
        form = {"query": query}
        if default_graph:
            form["default-graph-uri"] = default_graph
        request = urllib.request.Request(self.http_url + "/sparql", data=urllib.parse.urlencode(form).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.loads(answer.read().decode("utf-8"))

    def count(self, graph):
        result = self.sparql(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(result["results"]["bindings"][0]["n"]["value"])

    def stop(self, grace=20):
        """Stops the server (SIGTERM, then SIGKILL after `grace` s) and removes its directory."""
        self._signal(signal.SIGTERM, grace)
        self.process = None
        self.pid = None
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None

    def state(self):
        return {"pid": self.pid, "directory": str(self.directory), "sql_port": self.sql_port,
                "http_port": self.http_port, "user": self.user, "password": self.password}

    @classmethod
    def from_state(cls, state):
        server = cls(state["directory"])
        server.pid, server.sql_port, server.http_port = state["pid"], state["sql_port"], state["http_port"]
        server.user, server.password = state["user"], state["password"]
        return server


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if command == "start":
        if STATE_FILE.exists():
            sys.exit(f"virtuoso: already started ({STATE_FILE}); run stop first")
        server = Virtuoso(die_with_parent=False)
        server.start()
        # The process must outlive this script: detach it from our wait.
        server.process = None
        STATE_FILE.write_text(json.dumps(server.state()), encoding="utf-8")
        os.chmod(STATE_FILE, 0o600)
        print(f"virtuoso: up at {server.http_url} (pid {server.pid}); user {server.user}, "
              f"password in {STATE_FILE}")
    elif command == "status":
        if not STATE_FILE.exists():
            print("virtuoso: not started")
            return 1
        server = Virtuoso.from_state(json.loads(STATE_FILE.read_text(encoding="utf-8")))
        print(f"virtuoso: {'running' if server._alive() else 'dead'} at {server.http_url} (pid {server.pid})")
        return 0 if server._alive() else 1
    elif command == "stop":
        if not STATE_FILE.exists():
            print("virtuoso: not started")
            return 0
        Virtuoso.from_state(json.loads(STATE_FILE.read_text(encoding="utf-8"))).stop()
        STATE_FILE.unlink()
        print("virtuoso: stopped")
    else:
        sys.exit("usage: virtuoso.py start|status|stop")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
