"""Times faster-whisper on the same audio and weights as `hearth bench`, for comparison.

Run by `hearth bench` inside a throwaway venv (scripts/bench.sh makes it). Prints one JSON
object: load time, per-clip median latency, real-time factor, word error rate, peak RSS.
"""
import json
import resource
import statistics
import sys
import time
import wave

import numpy as np
from faster_whisper import WhisperModel


def load_wav(path):
    with wave.open(path, "rb") as w:
        assert w.getframerate() == 16000 and w.getnchannels() == 1 and w.getsampwidth() == 2, path
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768.0


def main():
    spec = json.loads(sys.argv[1])
    started = time.perf_counter()
    model = WhisperModel(spec["model_dir"], device="cpu", compute_type=spec["compute_type"],
                         cpu_threads=spec["threads"], num_workers=1)
    load_s = time.perf_counter() - started
    clips = []
    for clip in spec["clips"]:
        audio = load_wav(clip["path"])
        times, text = [], ""
        warm_up = 1 if clip["runs"] > 1 else 0  # long clips run once, after the short ones
        for run in range(clip["runs"] + warm_up):
            t0 = time.perf_counter()
            segments, _info = model.transcribe(audio, language=clip["language"], beam_size=1, best_of=1,
                                               temperature=0.0, condition_on_previous_text=False,
                                               vad_filter=False)
            text = " ".join(s.text.strip() for s in segments)  # decoding happens while iterating
            if run >= warm_up:
                times.append(time.perf_counter() - t0)
        clips.append({"name": clip["name"], "median_s": statistics.median(times), "text": text})
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"load_s": load_s, "clips": clips, "peak_rss_mb": peak_kb / 1024}))


if __name__ == "__main__":
    main()
