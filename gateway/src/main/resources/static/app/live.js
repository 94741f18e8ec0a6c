// The live feed (GET /api/events, Server-Sent Events) shared by every screen: one stream per page.

/** The event names the gateway sends (README "Live updates"): each is a CloudEvent type without prefix and version. */
const EVENT_NAMES = [
    'idea.submitted', 'idea.assessed', 'idea.reviewed', 'idea.decided', 'idea.updated', 'idea.withdrawn',
    'idea.merged', 'idea.voted', 'idea.vote-withdrawn', 'idea.voters-absorbed',
    'idea.comment-added', 'idea.comment-edited', 'idea.comment-deleted',
    'roadmap.item-scheduled', 'roadmap.item-rescheduled', 'roadmap.item-backlogged', 'roadmap.item-removed',
    'roadmap.item-started', 'roadmap.item-delivered', 'roadmap.item-pinned', 'roadmap.item-unpinned',
];

const listeners = new Set();
const reconnectListeners = new Set();
let source;

/** Opens the stream once; on every (re)connect the screens re-read their state, as the feed keeps no history. */
export function connect(stateElement) {
    if (source) return;
    source = new EventSource('/api/events');
    const show = (text, online) => {
        stateElement.textContent = text;
        stateElement.dataset.online = online;
    };
    source.addEventListener('open', () => {
        show('live', 'true');
        reconnectListeners.forEach(listener => listener());
    });
    source.addEventListener('error', () => show('reconnecting…', 'false'));
    for (const name of EVENT_NAMES) {
        source.addEventListener(name, message => {
            const event = { name, id: message.lastEventId, ...JSON.parse(message.data) };
            listeners.forEach(listener => listener(event));
        });
    }
}

/** Calls onEvent for each event and onReconnect after each reconnect, until the returned function is called. */
export function subscribe(onEvent, onReconnect) {
    listeners.add(onEvent);
    if (onReconnect) reconnectListeners.add(onReconnect);
    return () => {
        listeners.delete(onEvent);
        reconnectListeners.delete(onReconnect);
    };
}
