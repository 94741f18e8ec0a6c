// Small helpers to build DOM from data without ever parsing HTML: text is always set as text.

/**
 * h('li.card', {attrs}, child, …): an element with classes, attributes/properties/listeners and children. The
 * attributes may be left out: a node, text or list in their place is the first child.
 */
export function h(tag, attributes, ...children) {
    if (attributes instanceof Node || Array.isArray(attributes) || typeof attributes !== 'object') {
        children.unshift(attributes);
        attributes = {};
    }
    const [name, ...classes] = tag.split('.');
    const element = document.createElement(name);
    if (classes.length) element.className = classes.join(' ');
    for (const [key, value] of Object.entries(attributes ?? {})) {
        if (value === undefined || value === null || value === false) continue;
        if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
        else if (key === 'text') element.textContent = value;
        else if (key in element && typeof value !== 'string') element[key] = value;
        else element.setAttribute(key, value === true ? '' : value);
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === undefined || child === null || child === false) continue;
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Replaces everything inside an element. */
export function replace(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

/** Says something to screen readers (a polite live region). */
export function announce(message) {
    const region = document.getElementById('announce');
    region.textContent = '';
    setTimeout(() => { region.textContent = message; }, 50);
}

export function number(value, digits = 1) {
    return value === null || value === undefined ? '–' : Number(value).toLocaleString('en', { maximumFractionDigits: digits });
}

export function money(amount, currency) {
    if (amount === null || amount === undefined) return '–';
    return `${Number(amount).toLocaleString('en', { maximumFractionDigits: 0 })} ${currency ?? ''}`.trim();
}

export function when(instant) {
    return instant ? new Date(instant).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '–';
}

/** "PT2.1S" → "2.1 s", "PT3H4M" → "3 h 4 min": an ISO-8601 duration as people read it. */
export function duration(iso) {
    if (!iso) return '–';
    const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
    if (!match) return iso;
    const [, days, hours, minutes, seconds] = match;
    const parts = [];
    if (days) parts.push(`${days} d`);
    if (hours) parts.push(`${hours} h`);
    if (minutes) parts.push(`${minutes} min`);
    if (seconds) parts.push(`${Number(seconds).toLocaleString('en', { maximumFractionDigits: 1 })} s`);
    return parts.length ? parts.join(' ') : '0 s';
}

/** Pipeline statuses in the order an idea passes them, with the words shown for each. */
export const STATUSES = [
    ['SUBMITTED', 'Submitted'], ['IN_EVALUATION', 'In evaluation'], ['NEEDS_INFO', 'Needs info'],
    ['APPROVED', 'Approved'], ['SCHEDULED', 'Scheduled'], ['BACKLOGGED', 'Backlogged'],
    ['IN_PROGRESS', 'In progress'], ['DELIVERED', 'Delivered'],
    ['PARKED', 'Parked'], ['REJECTED', 'Rejected'], ['WITHDRAWN', 'Withdrawn'], ['MERGED', 'Merged'],
];

export function statusLabel(status) {
    return (STATUSES.find(([key]) => key === status) ?? [status, status ?? 'Unknown'])[1];
}

export function statusBadge(status) {
    return h('span.badge', { 'data-status': status ?? 'UNKNOWN', text: statusLabel(status) });
}

export function debounce(action, millis) {
    let timer;
    return (...args) => {
        clearTimeout(timer);
        timer = setTimeout(() => action(...args), millis);
    };
}
