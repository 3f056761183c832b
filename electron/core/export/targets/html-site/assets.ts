/** The static help center's stylesheet and search script: local files, no remote assets. */
export const SITE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --accent: #0f766e; --border: #d1d9e0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --accent: #2dd4bf; --border: #30363d; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; gap: 16px; align-items: center; padding: 14px 32px; border-bottom: 1px solid var(--border); background: var(--panel); }
header a.home { font-weight: 600; color: var(--fg); text-decoration: none; }
header nav { margin-left: auto; display: flex; gap: 12px; }
main { max-width: 820px; margin: 0 auto; padding: 24px 32px 64px; }
a { color: var(--accent); }
input[type=search] { width: 100%; padding: 10px 12px; font: inherit; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); }
.results li, .list li { margin: 6px 0; }
.results li.none { list-style: none; color: var(--muted); }
.crumbs { color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; } td, th { border: 1px solid var(--border); padding: 4px 8px; }
pre, code { background: var(--panel); border-radius: 4px; } pre { padding: 12px; overflow: auto; }
.updated { color: var(--muted); font-size: 14px; }
@media print { header, .search, nav { display: none !important; } main { max-width: none; padding: 0; } a { color: inherit; } a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 12px; } }
`;

export const SEARCH_JS = `
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  if (!input || !list || !window.GLEANER_INDEX) return;
  var lang = document.documentElement.lang;
  var root = document.body.getAttribute('data-root') || '';
  function norm(s) { return s.toLowerCase(); }
  input.addEventListener('input', function () {
    var q = norm(input.value.trim());
    list.textContent = '';
    if (!q) return;
    var found = window.GLEANER_INDEX.filter(function (a) { return a.lang === lang && (norm(a.title).indexOf(q) >= 0 || norm(a.text).indexOf(q) >= 0); });
    if (found.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = list.getAttribute('data-empty') || '';
      list.appendChild(none);
      return;
    }
    found.slice(0, 20)
      .forEach(function (a) {
        var li = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + a.href;
        link.textContent = a.title;
        li.appendChild(link);
        list.appendChild(li);
      });
  });
})();
`;
