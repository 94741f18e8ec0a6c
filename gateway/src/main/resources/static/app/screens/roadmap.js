// Roadmap: teams × periods, each item over the periods it spans, utilisation per period, the placement's reason on
// hover or focus. Planners (PLANNER, ADMIN) also pin, start and deliver items and change a period's capacity after a
// what-if preview of the moves; the members of an item's team (GET /api/me's teams) start and deliver it.
// roadmap-service refuses what its rules forbid (409) and the reason shows where the user acted.
import { get, post, put, del } from '../api.js';
import { h, replace, announce, number, when } from '../dom.js';
import { subscribe } from '../live.js';

export async function roadmapScreen(main, user) {
    const mayPlan = user.roles.includes('PLANNER') || user.roles.includes('ADMIN');
    const content = h('div.timeline');
    const preview = h('section', { id: 'what-if', 'aria-live': 'polite' });
    replace(main, h('h1', { text: 'Roadmap' }),
        h('p.hint', { text: 'Each item spans the quarters it is planned in. Hover over or focus an item for the reason of its placement.' }),
        preview, content);

    /**
     * What the item and capacity controls share: who may plan, the user's teams, the last refusal per item (kept
     * across re-renders, which the live feed causes), the items the last applied capacity change moved (marked until
     * the next change) and the preview panel.
     */
    const controls = { mayPlan, teams: new Set(user.teams ?? []), refusals: new Map(), moved: new Set(), preview };

    /** An item command: on success the roadmap is read again; a refusal stays next to the item's controls. */
    controls.act = async (ideaId, done, request) => {
        try {
            await request();
            controls.refusals.delete(ideaId);
            announce(done);
        } catch (error) {
            controls.refusals.set(ideaId, error.message);
            announce(error.message);
        }
        await load();
    };

    const load = async () => {
        const [roadmaps, teams] = await Promise.all([get('/api/roadmap'), mayPlan ? get('/api/teams') : null]);
        controls.capacitySet = new Map((teams?.teams ?? []).flatMap(team =>
            team.capacity.map(entry => [`${team.team} ${entry.period}`, entry])));
        const periods = [...new Set(roadmaps.flatMap(team => [
            ...team.utilisation.map(entry => entry.period),
            ...team.items.flatMap(item => [item.startPeriod, item.endPeriod]).filter(Boolean)]))].sort();
        if (!roadmaps.length) {
            replace(content, h('p.muted', { text: 'No team has an approved idea yet.' }));
            return;
        }
        replace(content, roadmaps.map(team => teamLane(team, periods, controls)));
    };
    controls.load = load;

    const unsubscribe = subscribe(event => { if (event.name.startsWith('roadmap.')) load().catch(() => {}); }, () => load());
    await load();
    return unsubscribe;
}

function span(start, end) {
    return start ? `${start}${end && end !== start ? '–' + end : ''}` : 'backlog';
}

function teamLane(team, periods, controls) {
    const columns = `grid-template-columns: repeat(${periods.length}, minmax(7rem, 1fr))`;
    const placed = team.items.filter(item => item.startPeriod);
    const unplaced = team.items.filter(item => !item.startPeriod);
    const headingId = `team-${team.team}`;
    return h('section', { 'aria-labelledby': headingId, 'data-team': team.team },
        h('h2', { id: headingId, text: `Team ${team.team}` }),
        h('div', { role: 'list', 'aria-label': `Quarters of team ${team.team}`, style: `display:grid; gap:.25rem; ${columns}` },
            periods.map(period => {
                const use = team.utilisation.find(entry => entry.period === period);
                return h('div', { role: 'listitem', 'data-period': period },
                    h('strong', { text: period }),
                    use ? utilisation(team.team, use, controls) : h('div.util', { text: 'outside the horizon' }));
            })),
        h('ol', { 'aria-label': `Items of team ${team.team}`, style: `display:grid; gap:0 .25rem; list-style:none; padding:0; margin:.25rem 0; ${columns}` },
            placed.map(item => {
                const from = periods.indexOf(item.startPeriod) + 1;
                const to = periods.indexOf(item.endPeriod) + 2;
                return h('li', { style: `grid-column: ${from} / ${to}` }, slot(item, periods, controls));
            })),
        unplaced.length ? h('div', h('h3', { text: 'Not placed: backlogged (no room in the horizon) or being planned' }),
            h('ol', { style: 'list-style:none; padding:0' }, unplaced.map(item => h('li', slot(item, periods, controls))))) : null);
}

function utilisation(team, use, controls) {
    const ratio = use.ratio ?? (use.capacityWeeks ? use.usedWeeks / use.capacityWeeks : 0);
    const percent = Math.round(ratio * 100);
    const label = `${number(use.usedWeeks)} of ${number(use.capacityWeeks)} weeks used (${percent} %)`;
    const set = controls.mayPlan ? controls.capacitySet.get(`${team} ${use.period}`) : null;
    return h('div', {},
        h('div', { class: `bar${ratio > 1 ? ' over' : ''}`, role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100',
            'aria-valuenow': String(Math.min(percent, 100)), 'aria-label': `Utilisation of ${team} in ${use.period}: ${label}` },
            h('span', { style: `width:${Math.min(100, percent)}%` })),
        h('div.util', { text: label }),
        set ? h('div.util', { 'data-testid': 'capacity-set', text: `capacity set by ${set.setBy}, ${when(set.setAt)}` }) : null,
        controls.mayPlan ? capacityEditor(team, use, controls) : null);
}

/** A period's capacity: the planner previews the moves (POST /api/roadmap/what-if), then applies them or not. */
function capacityEditor(team, use, controls) {
    const id = `capacity-${team}-${use.period}`;
    const input = h('input', { id, type: 'number', min: 0, step: 1, value: use.capacityWeeks, style: 'width:5rem' });
    const weeks = () => (input.value === '' ? null : Number(input.value));
    const what = () => `${team} in ${use.period}`;
    const previewChanges = async () => {
        const capacity = { team, period: use.period, weeks: weeks() };
        let answer;
        try {
            answer = await post('/api/roadmap/what-if', { capacity: [capacity] });
        } catch (error) {
            replace(controls.preview, h('div.panel', h('p.error', { role: 'alert', text: `What if ${what()}: ${error.message}` })));
            return;
        }
        const refusal = h('p.error', { role: 'alert', id: 'capacity-refusal' });
        const apply = async () => {
            try {
                const set = await put(`/api/teams/${encodeURIComponent(team)}/capacity/${use.period}`, { weeks: capacity.weeks });
                controls.moved = new Set(answer.changes.map(change => change.ideaId));
                replace(controls.preview, h('div.panel', h('p', { role: 'status', id: 'capacity-applied',
                    text: `Capacity of ${what()} set to ${number(set.weeks)} weeks (was ${number(set.previousWeeks)}) by ${set.setBy}: `
                        + `${answer.changes.length} item${answer.changes.length === 1 ? '' : 's'} moved, marked below.` })));
            } catch (error) {
                refusal.textContent = `Not applied: ${error.message}`;
                return;
            }
            await controls.load();
        };
        replace(controls.preview,
            h('div.panel', {},
                h('h2', { text: `What if ${team} had ${number(capacity.weeks)} weeks in ${use.period}?` }),
                answer.changes.length ? h('ul.changes', answer.changes.map(change => h('li', { 'data-idea': change.ideaId },
                    h('strong', { text: `${change.title}: ${change.change.toLowerCase()}` }),
                    ` ${span(change.fromStart, change.fromEnd)} → ${span(change.toStart, change.toEnd)}. `,
                    h('span.muted', { text: change.reason ?? '' })))) : h('p', { text: 'Nothing would move.' }),
                refusal,
                h('div.toolbar',
                    h('button', { type: 'button', id: 'apply-capacity', text: 'Apply this capacity', onclick: apply }),
                    h('button.secondary', { type: 'button', text: 'Cancel', onclick: () => replace(controls.preview) }))));
        controls.preview.querySelector('button')?.focus();
    };
    return h('div.planner',
        h('label.visually-hidden', { for: id, text: `Capacity of ${team} in ${use.period}, weeks` }),
        input,
        h('button.secondary', { type: 'button', id: `what-if-${team}-${use.period}`, text: 'What if…',
            'aria-label': `Preview capacity change for ${team} in ${use.period}`, onclick: previewChanges }));
}

function slot(item, periods, controls) {
    const reasonId = `reason-${item.ideaId}`;
    const status = item.status ?? 'SCHEDULED';
    const moved = controls.moved.has(item.ideaId);
    return h(`div.slot${moved ? '.moved' : ''}`, { tabindex: '0', 'data-idea': item.ideaId, 'data-status': status,
        'data-start': item.startPeriod ?? '', 'aria-describedby': reasonId },
        h('a', { href: `#/ideas/${item.ideaId}`, text: item.title ?? item.ideaId }),
        h('div', { text: [span(item.startPeriod, item.endPeriod), `${number(item.effortWeeks)} wk`, `#${item.rank ?? '–'}`,
            item.pinnedTo ? `pinned to ${item.pinnedTo}` : null, status !== 'SCHEDULED' ? status.toLowerCase().replace('_', ' ') : null,
            moved ? 'moved by the capacity change' : null].filter(Boolean).join(' · ') }),
        h('div.reason', { id: reasonId, role: 'tooltip', text: item.reason ?? '' }),
        itemControls(item, periods, controls));
}

/**
 * The commands this user may give (pin: planners; start and deliver: planners and the team's members) that
 * roadmap-service's rules allow in the item's status (PlannerRules); it still refuses, e.g., on a stale view.
 */
function itemControls(item, periods, controls) {
    const progress = controls.mayPlan || controls.teams.has(item.team);
    const base = `/api/roadmap/items/${item.ideaId}`;
    const title = item.title ?? item.ideaId;
    const pinId = `pin-${item.ideaId}`;
    const status = item.status ?? 'SCHEDULED';
    const buttons = [];
    if (controls.mayPlan && ['SCHEDULED', 'BACKLOGGED', 'PENDING'].includes(status)) {
        const pinTo = h('select', { id: pinId }, periods.map(period =>
            h('option', { value: period, text: period, selected: period === (item.pinnedTo ?? item.startPeriod) })));
        buttons.push(h('label.visually-hidden', { for: pinId, text: `Pin ${title} to quarter` }), pinTo,
            h('button.secondary', { type: 'button', text: 'Pin', 'data-action': 'pin', 'aria-label': `Pin ${title}`,
                onclick: () => controls.act(item.ideaId, `${title} pinned to ${pinTo.value}`, () => post(`${base}/pin`, { period: pinTo.value })) }));
    }
    if (controls.mayPlan && item.pinnedTo && status !== 'DELIVERED') {
        buttons.push(h('button.secondary', { type: 'button', text: 'Unpin', 'data-action': 'unpin', 'aria-label': `Unpin ${title}`,
            onclick: () => controls.act(item.ideaId, `${title} unpinned`, () => del(`${base}/pin`)) }));
    }
    if (progress && status === 'SCHEDULED') {
        buttons.push(h('button.secondary', { type: 'button', text: 'Start', 'data-action': 'start', 'aria-label': `Start ${title}`,
            onclick: () => controls.act(item.ideaId, `${title} started`, () => post(`${base}/start`)) }));
    }
    if (progress && status === 'IN_PROGRESS') {
        buttons.push(h('button.secondary', { type: 'button', text: 'Deliver', 'data-action': 'deliver', 'aria-label': `Mark ${title} delivered`,
            onclick: () => controls.act(item.ideaId, `${title} delivered`, () => post(`${base}/deliver`)) }));
    }
    const refusal = controls.refusals.get(item.ideaId);
    if (!buttons.length && !refusal) return null;
    return h('div', {},
        buttons.length ? h('div.planner', {}, buttons) : null,
        refusal ? h('p.error', { role: 'alert', 'data-testid': 'refusal', text: refusal }) : null);
}
