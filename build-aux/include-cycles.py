#!/usr/bin/python3
# include-cycles.py — #include cycles among the files of src/
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/include-cycles.py   (from the top folder; exit 1 if any)
# Reads every #include "…" of src/ twice: file by file, and module by module
# (x.c, x.h and x-private.h are one module; the core umbrella lineup-core.h,
# meant for the layers above the core, is skipped).
import os,re,sys,itertools
files={}
for d,_,fs in os.walk('src'):
    for f in fs:
        if f.endswith(('.c','.h')): files[f]=os.path.join(d,f)
def mod(f):
    m=re.sub(r'\.(c|h)$','',f); m=re.sub(r'-private$','',m); return m
edges={}
for f,p in files.items():
    for inc in re.findall(r'#include "([^"]+)"', open(p).read()):
        if inc in files and inc!='lineup-core.h' and mod(inc)!=mod(f):
            edges.setdefault(mod(f),set()).add(mod(inc))
# file-level graph too
fedges={f:set(i for i in re.findall(r'#include "([^"]+)"', open(p).read()) if i in files) for f,p in files.items()}
def cycles(g):
    res=[];color={}
    def dfs(u,stack):
        color[u]=1;stack.append(u)
        for v in g.get(u,()):
            if color.get(v)==1: res.append(stack[stack.index(v):]+[v])
            elif not color.get(v): dfs(v,stack)
        stack.pop();color[u]=2
    for u in list(g):
        if not color.get(u): dfs(u,[])
    return res
found = cycles(fedges) + cycles(edges)
for cycle in found:
    print(' -> '.join(cycle))
print('%d include cycles' % len(found))
sys.exit(1 if found else 0)
