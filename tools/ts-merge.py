#!/usr/bin/env python3
"""Git merge driver for Qt .ts files: union of messages from both sides, finished translations win.

Configure once per clone:
  git config merge.tsmerge.driver "python3 tools/ts-merge.py %O %A %B"
Run the lupdate target afterwards so that obsolete strings are dropped.
"""
import sys
import xml.etree.ElementTree as ET


def load(path):
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, FileNotFoundError):
        return None


def key(msg):
    src = msg.findtext('source') or ''
    com = msg.findtext('comment') or ''
    return (src, com)


def finished(msg):
    t = msg.find('translation')
    return t is not None and t.get('type') not in ('unfinished', 'obsolete', 'vanished') and (
        (t.text or '').strip() or len(t) > 0)


def main():
    _, ours_path, theirs_path = sys.argv[1:4]
    ours, theirs = load(ours_path), load(theirs_path)
    if ours is None or theirs is None:
        return 1
    contexts = {}
    order = []
    for root in (ours, theirs):
        for ctx in root.findall('context'):
            name = ctx.findtext('name')
            if name not in contexts:
                contexts[name] = {}
                order.append(name)
            msgs = contexts[name]
            for msg in ctx.findall('message'):
                k = key(msg)
                if k not in msgs or (finished(msg) and not finished(msgs[k])):
                    msgs[k] = msg
    out = ET.Element('TS', ours.attrib)
    for name in sorted(order):
        ctx = ET.SubElement(out, 'context')
        ET.SubElement(ctx, 'name').text = name
        for msg in contexts[name].values():
            ctx.append(msg)
    ET.indent(out, space='    ')
    with open(ours_path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(out, encoding='unicode'))
        f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
