// The Pagefind side of the benchmark: the same results page as search.html (first 20 results with
// title and excerpt), through Pagefind's own JS API.
const query = new URLSearchParams(location.search).get('q') || '';
const pagefind = await import('./pagefind/pagefind.js');
const search = await pagefind.search(query);
const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
const list = document.getElementById('pf-results');
for (const d of data) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title;
  const p = document.createElement('p');
  p.innerHTML = d.excerpt;
  li.append(a, p);
  list.append(li);
}
document.getElementById('pf-status').textContent = `${search.results.length} resultater`;
