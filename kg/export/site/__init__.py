"""The explorer: a static site of who attended what, that opens from the file system.

    write_site(G, "output/")  ->  output/index.html      overview network, search, filters, who-attended-what
                                  output/person/<id>.html posts over time, events, co-attendees, sources
                                  output/event/<id>.html  participants by role and order, visited units, article
                                  output/org/<id>.html    post holders, visits, articles
                                  output/lib/ static/ data/   vis-network, our JS and CSS, the data as .js files

Nothing is fetched from the network: vis-network is copied from pyvis's package,
the data are ``<script>`` files (``fetch`` does not work from ``file://``), and
every page carries a Content-Security-Policy that forbids inline scripts and
connections.  Text from the articles reaches the pages only through Jinja's
autoescape, ``|tojson`` or ``js_json`` (which escape ``<``, ``>`` and ``&``)
and the evidence highlighter (displaCy's markup, written in ``evidence``: it escapes
what it highlights).
"""
from __future__ import annotations

from kg.export.site.build import write_site

__all__ = ["write_site"]
