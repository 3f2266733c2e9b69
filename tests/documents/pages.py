"""HTML pages written for the tests in the shapes news sites use (text, names and figures invented)."""

ARTICLE = """<!doctype html>
<html lang="en"><head>
<title>Market blast kills 12 | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Market blast kills 12">
<link rel="canonical" href="https://www.daily.example/world/market-blast-kills-12">
<meta property="article:published_time" content="2022-05-10T08:00:00Z">
<meta property="article:modified_time" content="2022-05-12T09:30:00Z">
</head><body>
<div id="cookie-banner"><p>We use 3 kinds of cookies. Accept all?</p><button>OK</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="ticker"><a href="/t">Trending: 12 killed in crash</a></div></header>
<main><article>
<h1>Market blast kills 12</h1>
<p class="byline">By Jane Roe</p>
<p>At least 12 people were killed and 30 wounded when a bomb exploded in a crowded market on Tuesday, police said.</p>
<p>Rescue workers pulled survivors from the rubble for hours afterwards, a spokesman for the city police said.</p>
<p>It was the third attack on the city this year, and officials said 200 extra officers would guard markets.</p>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/a">Death toll rises to 88 in floods</a></li>
<li><a href="/b">Five dead in highway crash</a></li></ul></aside>
</article></main>
<footer><p>© 2022 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""

LIVE_BLOG = """<!doctype html>
<html lang="en"><head><title>Live: storm hits the coast</title>
<meta property="og:site_name" content="Coast News">
<meta property="article:published_time" content="2023-09-11T06:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/live">Live</a></nav>
<main><article><h1>Live: storm hits the coast</h1>
<div class="update"><time datetime="2023-09-11T10:42:00Z">10:42</time>
<p>Officials now say at least 43 people have died in the storm across the region, the civil defence said.</p></div>
<div class="update"><time datetime="2023-09-11T09:15:00Z">09:15</time>
<p>More than 1,000 people were moved to shelters overnight as the river rose, the mayor said.</p></div>
<div class="update"><time datetime="2023-09-11T08:05:00Z">08:05</time>
<p>Rescue teams reached the worst-hit villages on Monday morning, the regional governor told reporters.</p></div>
</article></main>
<footer>Coast News 2023</footer></body></html>
"""

METADATA_DATE_ONLY = """<!doctype html>
<html lang="en"><head><title>Ferry sinks off the island</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Ferry sinks off the island", "datePublished": "2014-04-16T09:00:00+09:00",
"publisher": {"@type": "Organization", "name": "Island Wire"}}</script>
<link rel="canonical" href="https://island.example/news/ferry-sinks">
</head><body><article><h1>Ferry sinks off the island</h1>
<p>A ferry with 462 people aboard sank off the southern coast on Wednesday,
and 283 people were still missing, the coast guard said.</p>
<p>Four deaths were confirmed and 55 people were injured, officials said, as divers searched the hull for survivors.</p>
</article></body></html>
"""
