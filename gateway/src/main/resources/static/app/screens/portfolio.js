// Portfolio: the executive picture as it stands now or stood at a date: funnel, approved cost and effort by theme
// against the themes' budgets, utilisation per team and quarter, cycle times, and the CSV downloads.
// Every chart has its numbers in a table next to it, for keyboards and screen readers.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { get, query } from '../api.js';
import { h, replace, number, money, duration, statusLabel } from '../dom.js';
import { subscribe } from '../live.js';

export async function portfolioScreen(main) {
    const asOfInput = h('input', { id: 'as-of', type: 'date', 'aria-describedby': 'as-of-hint' });
    const content = h('div');
    const downloads = h('p.toolbar');
    replace(main, h('h1', { text: 'Portfolio' }),
        h('form.toolbar', { onsubmit: event => event.preventDefault() },
            h('div.field', h('label', { for: 'as-of', text: 'As of' }), asOfInput,
                h('p.hint', { id: 'as-of-hint', text: 'The end of that day (UTC), replayed from the event log. Empty: now.' })),
            h('button.secondary', { type: 'button', text: 'Now', onclick: () => { asOfInput.value = ''; load(); } })),
        downloads, content);
    let charts = [];

    const load = async () => {
        const asOf = asOfInput.value ? `${asOfInput.value}T23:59:59Z` : undefined;
        const [portfolio, themes, roadmaps] = await Promise.all([
            get(`/api/portfolio${query({ asOf })}`), get('/api/themes').catch(() => []), get('/api/roadmap').catch(() => [])]);
        replace(downloads,
            h('a.button.secondary', { href: `/api/portfolio.csv${query({ asOf })}`, download: 'portfolio.csv', text: 'Download portfolio (CSV)' }),
            h('a.button.secondary', { href: '/api/ideas.csv', download: 'ideas.csv', text: 'Download all ideas (CSV)' }));
        charts.forEach(chart => chart.dispose());
        charts = [];
        replace(content,
            h('p', { 'data-testid': 'as-of-shown', text: portfolio.asOf ? `As it stood at ${portfolio.asOf}.` : 'As it stands now.' }),
            figures(portfolio),
            h('div.charts',
                funnel(portfolio, charts),
                investment(portfolio, themes, charts),
                heatMap(portfolio, roadmaps, charts)));
    };
    asOfInput.addEventListener('change', () => load());

    const onResize = () => charts.forEach(chart => chart.resize());
    window.addEventListener('resize', onResize);
    // the "now" picture follows the pipeline; a past one does not change
    const unsubscribe = subscribe(event => { if (!asOfInput.value && event.status) reloadSoon(); }, () => load());
    let timer;
    const reloadSoon = () => { clearTimeout(timer); timer = setTimeout(() => load().catch(() => {}), 1000); };
    await load();
    return () => {
        unsubscribe();
        clearTimeout(timer);
        window.removeEventListener('resize', onResize);
        charts.forEach(chart => chart.dispose());
    };
}

function figures(portfolio) {
    const figure = (label, value, testId) => h('div.panel', {}, h('span', { text: label }), h('strong', { 'data-testid': testId, text: value }));
    const approved = (portfolio.decisions?.APPROVED ?? 0);
    return h('section.figures', { 'aria-label': 'Key figures' },
        figure('Ideas', String(portfolio.ideas), 'ideas'),
        figure('Approved', String(approved), 'approved'),
        figure('Median time to decision', duration(portfolio.medianToDecision), 'to-decision'),
        figure('Median time to the roadmap', duration(portfolio.medianToSchedule), 'to-schedule'));
}

function chartSection(id, title, summary, option, table, charts) {
    const element = h('div.chart', { role: 'img', 'aria-label': summary });
    const section = h('section.panel', { 'aria-labelledby': id }, h('h2', { id, text: title }), element,
        h('details', {}, h('summary', { text: 'The numbers' }), table));
    // the chart needs its element in the document to know its size
    requestAnimationFrame(() => {
        const chart = echarts.init(element, null, { renderer: 'svg' });
        chart.setOption({ aria: { enabled: true }, textStyle: { color: '#1b1f24' }, ...option });
        charts.push(chart);
    });
    return section;
}

function table(headers, rows) {
    return h('table', {},
        h('thead', h('tr', headers.map((header, index) => h(index ? 'th.num' : 'th', { scope: 'col', text: header })))),
        h('tbody', rows.map(row => h('tr', row.map((cell, index) => index ? h('td.num', { text: cell }) : h('th', { scope: 'row', text: cell }))))));
}

/** How many ideas reached each stage: submitted, evaluated, approved, on the roadmap (scheduled or backlogged). */
function funnel(portfolio, charts) {
    const counts = portfolio.funnel ?? {};
    const sum = (...statuses) => statuses.reduce((total, status) => total + (counts[status] ?? 0), 0);
    const stages = [
        ['Submitted', portfolio.ideas],
        ['Evaluated', portfolio.ideas - sum('SUBMITTED', 'IN_EVALUATION')],
        ['Approved', sum('APPROVED', 'SCHEDULED', 'BACKLOGGED')],
        ['On the roadmap', sum('SCHEDULED', 'BACKLOGGED')],
        ['Scheduled', sum('SCHEDULED')],
    ];
    return chartSection('funnel-heading', 'Funnel', stages.map(([name, value]) => `${name} ${value}`).join(', '), {
        tooltip: { trigger: 'item' },
        color: ['#0b5cad', '#1f6fbf', '#2f80d0', '#1e6b35', '#14522a'],
        series: [{ type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '8%',
            label: { position: 'inside', formatter: '{b}: {c}', color: '#ffffff', fontWeight: 'bold' },
            data: stages.map(([name, value]) => ({ name, value })) }],
    }, table(['Status now', 'Ideas'], Object.entries(counts).map(([status, value]) => [statusLabel(status), String(value)])), charts);
}

/** Approved cost per primary theme against the sum of that theme's quarterly envelopes (EUR only: never converted). */
function investment(portfolio, themes, charts) {
    const names = [...new Set([...(portfolio.approvedByTheme ?? []).map(theme => theme.name), ...themes.map(theme => theme.id)])].sort();
    const byTheme = new Map((portfolio.approvedByTheme ?? []).map(theme => [theme.name, theme]));
    const budget = id => (themes.find(theme => theme.id === id)?.budgets ?? [])
        .filter(entry => entry.currency === 'EUR').reduce((total, entry) => total + Number(entry.amount), 0);
    const periods = [...new Set(themes.flatMap(theme => (theme.budgets ?? []).map(entry => entry.period)))].sort();
    const rows = names.map(name => [name, Number(byTheme.get(name)?.cost?.EUR ?? 0), budget(name), byTheme.get(name)?.effortWeeks ?? 0]);
    return chartSection('investment-heading', 'Investment by theme against budget (EUR)',
        rows.map(([name, cost, envelope]) => `${name}: ${money(cost, 'EUR')} approved of ${money(envelope, 'EUR')}`).join('; '), {
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
            xAxis: { type: 'value' },
            yAxis: { type: 'category', data: names },
            color: ['#0b5cad', '#9aa5b1'],
            series: [
                { name: 'Approved cost', type: 'bar', data: rows.map(row => row[1]) },
                { name: `Budget (${periods.join(', ') || 'no envelopes'})`, type: 'bar', data: rows.map(row => row[2]) },
            ],
        }, table(['Theme', 'Approved cost (EUR)', 'Budget (EUR)', 'Effort (weeks)'],
            rows.map(([name, cost, envelope, weeks]) => [name, money(cost), money(envelope), number(weeks)])), charts);
}

/** Weeks placed per team and quarter (from the portfolio, as of its date) over each team's capacity (the roadmap's). */
function heatMap(portfolio, roadmaps, charts) {
    const capacity = new Map(roadmaps.flatMap(team => team.utilisation.map(use => [`${team.team}|${use.period}`, use.capacityWeeks])));
    const allocated = portfolio.allocatedWeeks ?? [];
    const teams = [...new Set([...allocated.map(entry => entry.team), ...roadmaps.map(team => team.team)])].sort();
    const periods = [...new Set([...allocated.map(entry => entry.period), ...roadmaps.flatMap(team => team.utilisation.map(use => use.period))])].sort();
    const cells = [];
    const rows = [];
    teams.forEach((team, y) => periods.forEach((period, x) => {
        const weeks = allocated.find(entry => entry.team === team && entry.period === period)?.weeks ?? 0;
        const weeksCapacity = capacity.get(`${team}|${period}`);
        const percent = weeksCapacity ? Math.round(100 * weeks / weeksCapacity) : null;
        cells.push([x, y, percent ?? 0]);
        rows.push([`${team} ${period}`, number(weeks), weeksCapacity == null ? '–' : number(weeksCapacity), percent == null ? '–' : `${percent} %`]);
    }));
    return chartSection('heat-heading', 'Utilisation by team and quarter (%)',
        rows.map(([cell, , , percent]) => `${cell}: ${percent}`).join('; '), {
            tooltip: { position: 'top', formatter: params => `${teams[params.value[1]]} ${periods[params.value[0]]}: ${params.value[2]} %` },
            grid: { left: 8, right: 16, bottom: 56, top: 8, containLabel: true },
            xAxis: { type: 'category', data: periods },
            yAxis: { type: 'category', data: teams },
            visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
                inRange: { color: ['#eef4fb', '#0b5cad', '#a4161a'] }, text: ['100 %', '0 %'] },
            series: [{ type: 'heatmap', data: cells, label: { show: true, formatter: params => `${params.value[2]} %` } }],
        }, table(['Team and quarter', 'Weeks placed', 'Capacity (weeks)', 'Utilisation'], rows), charts);
}
