#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Lineup's .ics files back with python3-icalendar, a reader that shares
no code with libical.

Usage: check-export.py EXPORT_HELPER BUILT_IN_POST

EXPORT_HELPER writes an .ics and prints, per exported talk, its id, start, end
(ISO 8601 in the event zone; start + 30 minutes when the talk gives no end)
and title, and its room and track; this script checks that icalendar finds
the same events at the same times, both through the TZID and through the
file's own VTIMEZONE, the room as LOCATION and the track as CATEGORIES.  Exit status: 0 pass, 1 fail, 77 skipped (no icalendar).
"""

import datetime
import os
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    print('python3-icalendar is not installed: skipped')
    sys.exit(77)

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print('FAIL:', what)
    return condition


def run_helper(helper, out_path, args):
    result = subprocess.run([helper] + args + [out_path], capture_output=True,
                            text=True, encoding='utf-8')
    if result.returncode != 0:
        raise SystemExit(f'{helper} {" ".join(args)} failed: {result.stderr}')
    manifest = {'events': [], 'assumed-end': set(), 'room': {}, 'track': {}}
    for line in result.stdout.splitlines():
        fields = line.split('\t')
        if fields[0] == 'event':
            _, talk_id, start, end, title = fields
            manifest['events'].append({'id': talk_id, 'start': start, 'end': end,
                                       'title': title})
        elif fields[0] == 'assumed-end':
            manifest['assumed-end'].add(fields[1])
        elif fields[0] in ('room', 'track'):
            manifest[fields[0]][fields[1]] = fields[2]
        else:
            manifest[fields[0]] = fields[1]
    return manifest


def rules_of(vtimezone):
    return [c for c in vtimezone.subcomponents if c.name in ('STANDARD', 'DAYLIGHT')]


def check_time(name, event, prop, expected, zone, own_tz):
    if expected == '':
        check(prop not in event, f'{name}: {prop} written for a talk with no end')
        return
    if not check(prop in event, f'{name}: no {prop}'):
        return
    value = event.decoded(prop)
    check(isinstance(value, datetime.datetime), f'{name}: {prop} is not a date-time')
    if zone is None:
        check(value.tzinfo is None, f'{name}: {prop} is not floating')
        check('TZID' not in event[prop].params, f'{name}: floating {prop} has a TZID')
        check(value.isoformat() == expected,
              f'{name}: {prop} {value.isoformat()} != {expected}')
        return
    check(event[prop].params.get('TZID') == zone,
          f'{name}: {prop} TZID {event[prop].params.get("TZID")} != {zone}')
    check(value.isoformat() == expected,
          f'{name}: {prop} {value.isoformat()} != {expected} (icalendar via TZID)')
    # The same wall-clock time, placed by the rules of the file's own VTIMEZONE.
    naive = value.replace(tzinfo=None)
    placed = own_tz.localize(naive) if hasattr(own_tz, 'localize') else naive.replace(tzinfo=own_tz)
    check(placed.isoformat() == expected,
          f'{name}: {prop} {placed.isoformat()} != {expected} (the file\'s VTIMEZONE)')


def check_calendar(name, path, manifest):
    with open(path, 'rb') as f:
        data = f.read()
    check(data.startswith(b'BEGIN:VCALENDAR\r\n'), f'{name}: not CRLF iCalendar')
    data.decode('utf-8')  # raises on invalid UTF-8
    calendar = icalendar.Calendar.from_ical(data)

    check(str(calendar.get('VERSION')) == '2.0', f'{name}: VERSION')
    check(str(calendar.get('PRODID', '')).startswith('-//Lineup//Lineup '), f'{name}: PRODID')

    events = [c for c in calendar.walk('VEVENT')]
    vtimezones = [c for c in calendar.walk('VTIMEZONE')]
    expected = manifest['events']
    check(len(events) == len(expected) == int(manifest['exported']),
          f'{name}: {len(events)} VEVENTs, {len(expected)} expected')

    zone = None if manifest['zone'] == '-' else manifest['zone']
    own_tz = None
    if zone is None:
        check(len(vtimezones) == 0, f'{name}: VTIMEZONE in a floating calendar')
        check(b'TZID' not in data, f'{name}: TZID in a floating calendar')
    elif check(len(vtimezones) == 1, f'{name}: {len(vtimezones)} VTIMEZONEs'):
        check(str(vtimezones[0]['TZID']) == zone,
              f'{name}: VTIMEZONE TZID {vtimezones[0]["TZID"]} != {zone}')
        check(1 <= len(rules_of(vtimezones[0])) <= 4,
              f'{name}: {len(rules_of(vtimezones[0]))} VTIMEZONE rules')
        own_tz = vtimezones[0].to_tz()

    by_id = {}
    for event in events:
        uid = str(event['UID'])
        talk_id, _, domain = uid.partition('@')
        check(domain.startswith('lineup'), f'{name}: UID {uid}')
        check(talk_id not in by_id, f'{name}: UID {uid} twice')
        by_id[talk_id] = event

    for talk in expected:
        event = by_id.get(talk['id'])
        if not check(event is not None, f'{name}: no VEVENT for {talk["id"]}'):
            continue
        label = f'{name}/{talk["id"]}'
        check(str(event['SUMMARY']) == talk['title'],
              f'{label}: SUMMARY {str(event["SUMMARY"])!r} != {talk["title"]!r}')
        check('**' not in str(event.get('DESCRIPTION', '')), f'{label}: markup in DESCRIPTION')
        check('DURATION' not in event, f'{label}: DURATION')
        check_time(label, event, 'DTSTART', talk['start'], zone, own_tz)
        check_time(label, event, 'DTEND', talk['end'], zone, own_tz)
        # A talk with no end lasts 30 minutes, and its description says so.
        assumed = '30 minutes assumed' in str(event.get('DESCRIPTION', ''))
        check(assumed == (talk['id'] in manifest['assumed-end']),
              f'{label}: DESCRIPTION says the end is assumed: {assumed}')
        # The place is the room; the track is a category.
        room = manifest['room'].get(talk['id'])
        if room is None:
            check('LOCATION' not in event, f'{label}: LOCATION {event.get("LOCATION")!r} '
                                           'with no room')
        else:
            check(str(event.get('LOCATION')) == room,
                  f'{label}: LOCATION {str(event.get("LOCATION"))!r} != {room!r}')
        track = manifest['track'].get(talk['id'])
        categories = [str(c) for c in event['CATEGORIES'].cats] if 'CATEGORIES' in event else []
        check(categories == ([track] if track else []),
              f'{label}: CATEGORIES {categories} != {track!r}')
    return by_id


def main():
    helper, post = sys.argv[1], sys.argv[2]

    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ('chicago', []),
            ('berlin', ['--zone=Europe/Berlin']),
            ('floating', ['--floating']),
            ('post', [f'--post={post}']),
            ('post-tokyo', [f'--post={post}', '--zone=Asia/Tokyo']),
        ]
        results = {}
        for name, args in cases:
            path = os.path.join(tmp, f'{name}.ics')
            manifest = run_helper(helper, path, args)
            results[name] = (manifest, check_calendar(name, path, manifest))
            print(f'{name}: {len(manifest["events"])} events, zone {manifest["zone"]}, '
                  f'{manifest["skipped"]} skipped')

        manifest, _ = results['chicago']
        check(manifest['zone'] == 'America/Chicago', 'chicago: zone')
        check(int(manifest['skipped']) == 1, 'chicago: the untimed talk is skipped')
        check(results['berlin'][0]['zone'] == 'Europe/Berlin', 'berlin: zone')
        # The same instants, other wall-clock times.
        for a, b in zip(results['chicago'][0]['events'], results['berlin'][0]['events']):
            check(datetime.datetime.fromisoformat(a['start'])
                  == datetime.datetime.fromisoformat(b['start']),
                  f'berlin/{a["id"]}: not the same instant')
            check(a['start'][11:16] != b['start'][11:16], f'berlin/{a["id"]}: same wall clock')

        # The built-in post: 25 talks in Chicago; Tetragon on Monday 12:15–12:40.
        manifest, events = results['post']
        check(len(events) == 25, f'post: {len(events)} VEVENTs, 25 expected')
        check(manifest['zone'] == 'America/Chicago', f'post: zone {manifest["zone"]}')
        tetragon = [e for e in events.values()
                    if str(e['SUMMARY']).startswith('Past, Present, Future of Tetragon')]
        if check(len(tetragon) == 1, 'post: the Tetragon talk'):
            start = tetragon[0].decoded('DTSTART')
            end = tetragon[0].decoded('DTEND')
            check(start.isoformat() == '2023-11-06T12:15:00-06:00', f'post: Tetragon at {start}')
            check(end.isoformat() == '2023-11-06T12:40:00-06:00', f'post: Tetragon until {end}')
        check(results['post-tokyo'][0]['zone'] == 'Asia/Tokyo', 'post-tokyo: zone')
        check(len(results['chicago'][0]['assumed-end']) == 1,
              'chicago: one talk with no end, exported with an assumed one')
        check(len(results['chicago'][0]['room']) == 1, 'chicago: one talk with a room')

    if failures:
        print(f'{len(failures)} failure(s)')
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
