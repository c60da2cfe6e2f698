"""Benchmark: how fast ``jindu.extraction.extract`` reads report text.

Builds report-like text (simplified and traditional, some with the pinyin artefact),
extracts every figure, and prints MB/s and the ratio against a baseline measured in
the same run: one ``re.finditer`` pass for numbers over the same text.

    .venv/bin/python bench/bench_extraction.py [megabytes]
"""

from __future__ import annotations

import random
import re
import sys
import time
from dataclasses import dataclass

import opencc

from jindu.extraction import extract

_TEMPLATES = (
    "截至{m}月底，{place}累计认定高新技术企业{n}家，完成年度目标的{r}%，超序时进度{g}个百分点。",
    "{q}，全区完成工业投资{x}亿元，同比增长{r}%；其中工业技改投资{y}亿元，同比下降{g}%。",
    "全市现有国家级孵化器{k}家、省级孵化器{n}家，在孵企业超过{big}家，带动就业{y}万人。",
    "{place}和{place2}分别获得省级科技专项资金{big}万元、{n}万元。",
    "每万人发明专利拥有量达到{y}件，完成率达{r}%，低于序时进度{g}个百分点。",
    "今年将培育省级研发中心{k}家，市级研发中心{n}家，减免企业收费三千多万元。",
    "{place}召开第{k}次工作会议，部署“三个一批”和“八大抓手”工作，要求各地报送XX亿元项目。",
)
# Narrative sentences without figures, as in real briefings (about half of the text).
_PROSE = (
    "{place}认真贯彻落实创新驱动发展战略，进一步加强领导，落实责任，明确目标，扎实推进各项工作。",
    "检查组一行先后视察了多家高新技术企业和众创空间，并与企业负责人深入交流，详细了解企业发展情况。",
    "会议指出，要继续加大工作力度，注重指标完成进度，加强上下沟通联动，确保完成全年各项目标任务。",
    "下一步，{place}将紧紧围绕年度目标任务，认真部署、攻坚克难，全力抓好科技企业培育和研发机构建设。",
)
_PLACES = ("东川区", "青石县", "南浦镇", "西岭区", "临江市", "北港区")
_QUARTERS = ("一季度", "上半年", "前三季度", "1-9月")
_T2S = opencc.OpenCC("s2t")


@dataclass(frozen=True)
class BenchResult:
    megabytes: float
    seconds: float
    baseline_seconds: float
    figures: int

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds

    @property
    def ratio(self) -> float:
        """How many times slower than the baseline scan."""
        return self.seconds / self.baseline_seconds


def _sentence(rng: random.Random, prose_share: float) -> str:
    template = rng.choice(_PROSE) if rng.random() < prose_share else rng.choice(_TEMPLATES)
    return template.format(
        m=rng.randint(1, 12),
        place=rng.choice(_PLACES),
        place2=rng.choice(_PLACES),
        q=rng.choice(_QUARTERS),
        n=rng.randint(10, 400),
        k=rng.randint(2, 30),
        big=rng.randint(500, 9000),
        r=f"{rng.uniform(20, 110):.2f}",
        g=f"{rng.uniform(0.1, 20):.1f}",
        x=f"{rng.uniform(5, 90):.1f}",
        y=f"{rng.uniform(1, 20):.2f}",
    )


def _with_pinyin(text: str) -> str:
    simple = text
    traditional = _T2S.convert(text)
    marks = {"发": "(fā)", "进": "(jìn)", "业": "(yè)", "区": "(qū)", "资": "(zī)"}
    return "".join(
        t + marks[s] if s in marks and s != t else t
        for s, t in zip(simple, traditional, strict=True)
    )


def build_text(megabytes: float, seed: int = 7, prose_share: float = 0.5) -> str:
    """Report-like paragraphs totalling at least ``megabytes`` of UTF-8.

    ``prose_share`` is the share of sentences without figures: about half in a briefing,
    none in a statistical bulletin's dense figure paragraphs.
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        paragraph = "".join(_sentence(rng, prose_share) for _ in range(6))
        form = rng.random()
        if form < 0.25:
            paragraph = _T2S.convert(paragraph)
        elif form < 0.4:
            paragraph = _with_pinyin(paragraph)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs)


_NUMBERS = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:元|家|件|个|项|人|%)?")


def run(megabytes: float = 1.0, chunk_chars: int = 20_000, prose_share: float = 0.5) -> BenchResult:
    text = build_text(megabytes, prose_share=prose_share)
    size = len(text.encode("utf-8")) / 1_000_000
    started = time.perf_counter()
    sum(1 for _ in _NUMBERS.finditer(text))
    baseline = time.perf_counter() - started
    # Reports arrive one at a time: extract documents of about ``chunk_chars`` characters.
    started = time.perf_counter()
    figures = 0
    for paragraph_block in _blocks(text, chunk_chars):
        figures += len(extract(paragraph_block).figures)
    seconds = time.perf_counter() - started
    return BenchResult(size, seconds, max(baseline, 1e-9), figures)


def _blocks(text: str, chunk_chars: int) -> list[str]:
    blocks: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + chunk_chars)
        end = len(text) if end < 0 else end
        blocks.append(text[start:end])
        start = end + 1
    return blocks


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    for label, prose_share in (("briefing, half prose", 0.5), ("dense figures, no prose", 0.0)):
        result = run(megabytes, prose_share=prose_share)
        print(f"{label}: {result.megabytes:.2f} MB, figures: {result.figures}")
        print(f"  extract: {result.seconds:.2f} s = {result.mb_per_second:.2f} MB/s")
        print(f"  baseline re.finditer: {result.baseline_seconds:.4f} s")
        print(f"  ratio extract/baseline: {result.ratio:.1f}x")


if __name__ == "__main__":
    main()
