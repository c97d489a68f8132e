#!/usr/bin/env python3
"""Compares `lineup --list --json POST` with each POST's hand-checked .json.

Usage: measure-posts.py LINEUP DIR [NAME-SUBSTRING…]
A talk is right when one listed entry has its title, speakers, date and start;
issue 16's measure ("title, day, start") is shown beside it as "tds".  An extra
is a listed entry that matches no expected title.  Before the totals: how many
expected titles are listed at all, and how many posts are refused.  Prints one line per post and
the totals.  Runs the CLI with a private XDG dir.
"""
import json, os, subprocess, sys, tempfile

def read(lineup, md):
    env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp(), XDG_CONFIG_HOME=tempfile.mkdtemp(),
               GSETTINGS_BACKEND='memory')
    p = subprocess.run([lineup, '--list', '--json', md], capture_output=True, text=True, env=env)
    got = [json.loads(l) for l in p.stdout.split('\n') if l.strip()]
    return got, p.stderr.strip().splitlines()[:1]

def key(t):
    return (t['title'], tuple(t['speakers']), t['date'], t['start'])

def got_key(g):
    start = g.get('start') or ''
    # a time the post gives without its day, a day without its time
    clock = (g.get('time_of_day') or {}).get('start')
    return (g['title'], tuple(s['name'] for s in g.get('speakers', [])),
            start[:10] or g.get('day'), start[11:16] or clock or None)

def main():
    lineup, folder, *only = sys.argv[1:]
    tot_right = tot = tot_extra = tot_tds = tot_listed = tot_refused = 0
    for name in sorted(os.listdir(folder)):
        if (not name.endswith('.md') or not os.path.exists(os.path.join(folder, name[:-3] + '.json'))
                or (only and not any(o in name for o in only))):
            continue
        md = os.path.join(folder, name)
        want = json.load(open(md[:-3] + '.json'))
        got, err = read(lineup, md)
        gk = [got_key(g) for g in got]
        right = sum(1 for t in want if key(t) in gk)
        tds_got = [(g[0], g[2], g[3]) for g in gk]
        tds = sum(1 for t in want if (t['title'], t['date'], t['start']) in tds_got)
        titles = {t['title'] for t in want}
        extra = sum(1 for g in got if g['title'] not in titles)
        listed = {g['title'] for g in got}
        tot_listed += sum(1 for t in want if t['title'] in listed)
        tot_refused += not got
        tot_right += right; tot += len(want); tot_extra += extra; tot_tds += tds
        print(f'{right:3}/{len(want):3} right ({tds:3} tds), {extra:2} extra  {name[:60]} {err[0][:60] if err and not got else ""}')
        if os.environ.get('VERBOSE'):
            for t in want:
                if key(t) not in gk: print('   missing', key(t))
            for g in gk:
                if g[0] not in titles or g not in [key(t) for t in want]: print('   got    ', g)
    # whether a miss is a talk not found at all, or found with a wrong day or time
    print(f'listed {tot_listed}/{tot} titles; {tot_refused} posts refused')
    print(f'total {tot_right}/{tot} right ({tot_tds} by title, day, start), {tot_extra} extra')

main()
