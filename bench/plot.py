#!/usr/bin/python3
# plot.py — time against number of talks (log-log) for reading and conflicts,
# from lineup-bench's results.json, as an SVG (standard library only).
#
#   bench/plot.py bench/results.json docs/performance.svg
#   rsvg-convert -o docs/performance.png docs/performance.svg
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import math
import sys

WIDTH, HEIGHT = 1010, 420
PANEL_W, PANEL_H = 380, 300
MARGIN_L, MARGIN_T = 80, 60
COLOURS = ['#1c71d8', '#e66100', '#26a269', '#9141ac']


def nice_decades(lo, hi):
    return list(range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1))


def panel(out, x0, y0, title, series, y_label):
    xs = [x for _, points in series for x, _ in points]
    ys = [y for _, points in series for _, y in points]
    x_dec = nice_decades(min(xs), max(xs))
    y_dec = nice_decades(min(ys), max(ys))

    def px(x):
        return x0 + (math.log10(x) - x_dec[0]) / (x_dec[-1] - x_dec[0]) * PANEL_W

    def py(y):
        return y0 + PANEL_H - (math.log10(y) - y_dec[0]) / (y_dec[-1] - y_dec[0]) * PANEL_H

    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{y0 - 20}" text-anchor="middle" '
               f'font-size="16" font-weight="bold">{title}</text>')
    out.append(f'<rect x="{x0}" y="{y0}" width="{PANEL_W}" height="{PANEL_H}" '
               'fill="none" stroke="#77767b"/>')
    for d in x_dec:
        x = px(10 ** d)
        out.append(f'<line x1="{x}" y1="{y0}" x2="{x}" y2="{y0 + PANEL_H}" stroke="#deddda"/>')
        out.append(f'<text x="{x}" y="{y0 + PANEL_H + 18}" text-anchor="middle" '
                   f'font-size="12">{10 ** d:,}</text>')
    for d in y_dec:
        y = py(10 ** d)
        label = f'{10 ** d:g}'
        out.append(f'<line x1="{x0}" y1="{y}" x2="{x0 + PANEL_W}" y2="{y}" stroke="#deddda"/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4}" text-anchor="end" font-size="12">'
                   f'{label}</text>')
    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{y0 + PANEL_H + 38}" text-anchor="middle" '
               'font-size="13">talks</text>')
    out.append(f'<text x="{x0 - 55}" y="{y0 + PANEL_H / 2}" text-anchor="middle" font-size="13" '
               f'transform="rotate(-90 {x0 - 55} {y0 + PANEL_H / 2})">{y_label}</text>')
    for i, (name, points) in enumerate(series):
        colour = COLOURS[i % len(COLOURS)]
        path = ' '.join(f'{px(x):.1f},{py(y):.1f}' for x, y in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in points:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{colour}"/>')
        ly = y0 + 16 + 18 * i
        out.append(f'<line x1="{x0 + 12}" y1="{ly - 4}" x2="{x0 + 32}" y2="{ly - 4}" '
                   f'stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{x0 + 38}" y="{ly}" font-size="12">{name}</text>')
    # A slope-1 guide (linear growth) through the first point of the first series.
    gx, gy = series[0][1][0]
    ex = max(xs)
    out.append(f'<line x1="{px(gx):.1f}" y1="{py(gy):.1f}" x2="{px(ex):.1f}" '
               f'y2="{py(gy * ex / gx):.1f}" stroke="#9a9996" stroke-dasharray="5,4"/>')
    ly = y0 + 16 + 18 * len(series)
    out.append(f'<line x1="{x0 + 12}" y1="{ly - 4}" x2="{x0 + 32}" y2="{ly - 4}" '
               'stroke="#9a9996" stroke-dasharray="5,4"/>')
    out.append(f'<text x="{x0 + 38}" y="{ly}" font-size="12">linear growth</text>')


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: plot.py results.json out.svg')
    with open(sys.argv[1], encoding='utf-8') as f:
        results = json.load(f)

    read = results['read']
    conflicts = results['conflicts']
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           'font-family="sans-serif">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    panel(out, MARGIN_L, MARGIN_T, 'Reading a post',
          [('Lineup reader', [(r['talks'], r['reader_ms']) for r in read]),
           ('cmark alone', [(r['talks'], r['cmark_ms']) for r in read])],
          'CPU time (ms)')
    panel(out, MARGIN_L + PANEL_W + 110, MARGIN_T, 'Conflicts, every talk starred',
          [('lineup_conflicts_update', [(c['talks'], c['update_ms']) for c in conflicts]),
           ('lineup_conflicts_find', [(c['talks'], c['find_ms']) for c in conflicts])],
          'CPU time (ms)')
    out.append(f'<text x="{WIDTH - 10}" y="{HEIGHT - 8}" text-anchor="end" font-size="11" '
               f'fill="#77767b">{results.get("machine", "")}; best of runs</text>')
    out.append('</svg>')
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
