// Roadmap: teams × periods, each item over the periods it spans, utilisation per period, the placement's reason on
// hover or focus. Planners also pin, start and deliver items and change capacity after a what-if preview; those
// controls show only where the gateway offers them (GET /api/teams answers, not 404).
import { get, post, put, del, ApiError } from '../api.js';
import { h, replace, announce, number } from '../dom.js';
import { subscribe } from '../live.js';

export async function roadmapScreen(main, user) {
    const planner = user.roles.includes('PLANNER') || user.roles.includes('ADMIN');
    /** Planner actions the gateway answered 404 to: their controls stay hidden. */
    const missing = new Set();
    const content = h('div.timeline');
    const preview = h('section', { id: 'what-if', 'aria-live': 'polite' });
    replace(main, h('h1', { text: 'Roadmap' }),
        h('p.hint', { text: 'Each item spans the quarters it is planned in. Hover over or focus an item for the reason of its placement.' }),
        preview, content);

    const act = async (kind, request) => {
        try {
            await request();
            announce('Done');
            await load();
        } catch (error) {
            if (error instanceof ApiError && error.status === 404 && !error.problem.errors) {
                missing.add(kind);
                await load();
                announce('This planner action is not available on this gateway.');
            } else {
                announce(error.message);
                window.alert(error.message);
            }
        }
    };

    const load = async () => {
        const [roadmaps, teams] = await Promise.all([
            get('/api/roadmap'),
            planner && !missing.has('capacity') ? get('/api/teams').catch(error => {
                if (error instanceof ApiError && error.status === 404) missing.add('capacity');
                return null;
            }) : null,
        ]);
        const plannerControls = planner && teams !== null;
        const periods = [...new Set(roadmaps.flatMap(team => [
            ...team.utilisation.map(entry => entry.period),
            ...team.items.flatMap(item => [item.startPeriod, item.endPeriod]).filter(Boolean)]))].sort();
        if (!roadmaps.length) {
            replace(content, h('p.muted', { text: 'No team has an approved idea yet.' }));
            return;
        }
        replace(content, roadmaps.map(team => teamLane(team, periods, plannerControls ? { act, missing, preview, load } : null)));
    };

    const unsubscribe = subscribe(event => { if (event.name.startsWith('roadmap.')) load().catch(() => {}); }, () => load());
    await load();
    return unsubscribe;
}

function span(item) {
    return item.startPeriod ? `${item.startPeriod}${item.endPeriod !== item.startPeriod ? '–' + item.endPeriod : ''}` : 'not placed';
}

function teamLane(team, periods, planner) {
    const columns = `grid-template-columns: repeat(${periods.length}, minmax(7rem, 1fr))`;
    const placed = team.items.filter(item => item.startPeriod);
    const backlog = team.items.filter(item => !item.startPeriod);
    const headingId = `team-${team.team}`;
    return h('section', { 'aria-labelledby': headingId, 'data-team': team.team },
        h('h2', { id: headingId, text: `Team ${team.team}` }),
        h('div', { role: 'list', 'aria-label': `Quarters of team ${team.team}`, style: `display:grid; gap:.25rem; ${columns}` },
            periods.map(period => {
                const use = team.utilisation.find(entry => entry.period === period);
                return h('div', { role: 'listitem', 'data-period': period },
                    h('strong', { text: period }),
                    use ? utilisation(team.team, use, planner) : h('div.util', { text: 'outside the horizon' }));
            })),
        h('ol', { 'aria-label': `Items of team ${team.team}`, style: `display:grid; gap:0 .25rem; list-style:none; padding:0; margin:.25rem 0; ${columns}` },
            placed.map(item => {
                const from = periods.indexOf(item.startPeriod) + 1;
                const to = periods.indexOf(item.endPeriod) + 2;
                return h('li', { style: `grid-column: ${from} / ${to}` }, slot(item, periods, planner));
            })),
        backlog.length ? h('div', h('h3', { text: 'Backlog (no room in the horizon)' }),
            h('ol', { style: 'list-style:none; padding:0' }, backlog.map(item => h('li', slot(item, periods, planner))))) : null);
}

function utilisation(team, use, planner) {
    const ratio = use.ratio ?? (use.capacityWeeks ? use.usedWeeks / use.capacityWeeks : 0);
    const percent = Math.round(ratio * 100);
    const label = `${number(use.usedWeeks)} of ${number(use.capacityWeeks)} weeks used (${percent} %)`;
    return h('div', {},
        h('div', { class: `bar${ratio > 1 ? ' over' : ''}`, role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100',
            'aria-valuenow': String(Math.min(percent, 100)), 'aria-label': `Utilisation of ${team} in ${use.period}: ${label}` },
            h('span', { style: `width:${Math.min(100, percent)}%` })),
        h('div.util', { text: label }),
        planner && !planner.missing.has('capacity') ? capacityEditor(team, use, planner) : null);
}

function capacityEditor(team, use, planner) {
    const id = `capacity-${team}-${use.period}`;
    const input = h('input', { id, type: 'number', min: 0, step: 1, value: use.capacityWeeks, style: 'width:5rem' });
    const weeks = () => Number(input.value);
    const previewChanges = async () => {
        try {
            const answer = await post('/api/roadmap/what-if', { capacity: [{ team, period: use.period, weeks: weeks() }] });
            replace(planner.preview,
                h('div.panel', {},
                    h('h2', { text: `What if ${team} had ${weeks()} weeks in ${use.period}?` }),
                    answer.changes.length ? h('ul.changes', answer.changes.map(change => h('li', {},
                        h('strong', { text: `${change.title}: ${change.change.toLowerCase()}` }),
                        ` ${change.fromStart ? `${change.fromStart}–${change.fromEnd}` : 'backlog'} → ${change.toStart ? `${change.toStart}–${change.toEnd}` : 'backlog'}. `,
                        h('span.muted', { text: change.reason ?? '' })))) : h('p', { text: 'Nothing would move.' }),
                    h('div.toolbar',
                        h('button', { type: 'button', id: 'apply-capacity', text: 'Apply this capacity',
                            onclick: () => planner.act('capacity', async () => {
                                await put(`/api/teams/${encodeURIComponent(team)}/capacity/${use.period}`, { weeks: weeks() });
                                replace(planner.preview);
                            }) }),
                        h('button.secondary', { type: 'button', text: 'Cancel', onclick: () => replace(planner.preview) }))));
            planner.preview.querySelector('button')?.focus();
        } catch (error) {
            if (error instanceof ApiError && error.status === 404) {
                planner.missing.add('capacity');
                await planner.load();
            } else {
                replace(planner.preview, h('p.error', { role: 'alert', text: error.message }));
            }
        }
    };
    return h('div.planner',
        h('label.visually-hidden', { for: id, text: `Capacity of ${team} in ${use.period}, weeks` }),
        input,
        h('button.secondary', { type: 'button', text: 'What if…', 'aria-label': `Preview capacity change for ${team} in ${use.period}`, onclick: previewChanges }));
}

function slot(item, periods, planner) {
    const reasonId = `reason-${item.ideaId}`;
    const status = item.status ?? 'SCHEDULED';
    return h('div.slot', { tabindex: '0', 'data-idea': item.ideaId, 'data-status': status, 'aria-describedby': reasonId },
        h('a', { href: `#/ideas/${item.ideaId}`, text: item.title ?? item.ideaId }),
        h('div', { text: `${span(item)} · ${number(item.effortWeeks)} wk · #${item.rank ?? '–'}${item.pinnedTo ? ` · pinned to ${item.pinnedTo}` : ''}${status !== 'SCHEDULED' ? ` · ${status.toLowerCase().replace('_', ' ')}` : ''}` }),
        h('div.reason', { id: reasonId, role: 'tooltip', text: item.reason ?? '' }),
        planner ? itemControls(item, periods, planner) : null);
}

function itemControls(item, periods, planner) {
    const base = `/api/roadmap/items/${item.ideaId}`;
    const pinId = `pin-${item.ideaId}`;
    const pinTo = h('select', { id: pinId }, periods.map(period => h('option', { value: period, text: period, selected: period === (item.pinnedTo ?? item.startPeriod) })));
    const controls = [];
    if (!planner.missing.has('pin')) {
        controls.push(h('label.visually-hidden', { for: pinId, text: `Pin ${item.title} to quarter` }), pinTo,
            h('button.secondary', { type: 'button', text: 'Pin', 'aria-label': `Pin ${item.title}`,
                onclick: () => planner.act('pin', () => post(`${base}/pin`, { period: pinTo.value })) }));
        if (item.pinnedTo) controls.push(h('button.secondary', { type: 'button', text: 'Unpin', 'aria-label': `Unpin ${item.title}`,
            onclick: () => planner.act('pin', () => del(`${base}/pin`)) }));
    }
    if (!planner.missing.has('start') && (item.status ?? 'SCHEDULED') === 'SCHEDULED') {
        controls.push(h('button.secondary', { type: 'button', text: 'Start', 'aria-label': `Start ${item.title}`,
            onclick: () => planner.act('start', () => post(`${base}/start`)) }));
    }
    if (!planner.missing.has('deliver') && item.status === 'IN_PROGRESS') {
        controls.push(h('button.secondary', { type: 'button', text: 'Deliver', 'aria-label': `Mark ${item.title} delivered`,
            onclick: () => planner.act('deliver', () => post(`${base}/deliver`)) }));
    }
    return controls.length ? h('div.planner', {}, controls) : null;
}
