#!/usr/bin/env python3
"""Draws docs/performance-plot.svg from bench/run.sh's table: python3 bench/plot.py < table.txt > plot.svg"""
import sys

rows = [l.split() for l in sys.stdin if l.strip() and l.split()[0].isdigit()]
points = [(int(r[0]), float(r[2]), float(r[4])) for r in rows]
top = max(20, 20 * int(max(max(v, c) for _, v, c in points) / 20 + 1))
W, H, L, R, T, B = 560, 320, 60, 540, 20, 280
x = lambda n: L + n / 1_000_000 * (R - L) * 0.9524
y = lambda s: B - s / top * (B - T)
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<line x1="{L}" y1="{B}" x2="{R}" y2="{B}" stroke="#333"/>',
       f'<line x1="{L}" y1="{T}" x2="{L}" y2="{B}" stroke="#333"/>']
for s in range(0, top + 1, 20):
    out.append(f'<text x="{L - 8}" y="{y(s) + 4:.1f}" text-anchor="end">{s} s</text>'
               f'<line x1="{L}" y1="{y(s):.1f}" x2="{R}" y2="{y(s):.1f}" stroke="#eee"/>')
for k in range(0, 1001, 250):
    out.append(f'<text x="{x(k * 1000):.1f}" y="{B + 16}" text-anchor="middle">{k}k</text>')
out.append(f'<text x="{(L + R) / 2}" y="{H - 6}" text-anchor="middle">records</text>')
for i, (name, colour) in enumerate([("validate", "#2b6cb0"), ("reconcile", "#c05621")]):
    pts = [(x(n), y(v if i == 0 else c)) for n, v, c in points]
    out.append('<polyline points="' + " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
               + f'" fill="none" stroke="{colour}" stroke-width="2"/>')
    out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}"/>' for a, b in pts]
    out.append(f'<text x="{L + 10}" y="{T + 10 + 14 * i}" fill="{colour}">{name} (wall time, -Xmx3g)</text>')
out.append('</svg>')
print("\n".join(out))
