// The wall-board's browser side: running clocks, the alert sound, and recovery after a server
// restart or network drop. Clocks tick here from timestamps so the server sends nothing per second.
(() => {
    "use strict";

    // Server clock minus browser clock (ms): a TV whose clock is off still shows true durations.
    let skew = 0;
    let lastServerNow = null;

    function clockText(ms) {
        const total = Math.max(0, Math.floor(ms / 1000));
        const h = Math.floor(total / 3600);
        const m = Math.floor(total / 60) % 60;
        const s = total % 60;
        const two = n => String(n).padStart(2, "0");
        return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
    }

    function timeOfDay(ms) {
        return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
    }

    // Writes into the text node Blazor rendered rather than replacing it, so Blazor's later
    // updates still land on the node that is on screen.
    function setText(el, text) {
        const node = el.firstChild;
        if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
            if (node.nodeValue !== text) {
                node.nodeValue = text;
            }
        } else if (el.textContent !== text) {
            el.textContent = text;
        }
    }

    function tick() {
        const stamp = document.querySelector("[data-server-now]");
        const serverNow = stamp && stamp.getAttribute("data-server-now");
        if (serverNow && serverNow !== lastServerNow) {
            lastServerNow = serverNow;
            skew = Number(serverNow) - Date.now();
        }

        const now = Date.now() + skew;
        for (const el of document.querySelectorAll("[data-since]")) {
            setText(el, clockText(now - Number(el.getAttribute("data-since"))));
        }

        for (const el of document.querySelectorAll("[data-wall-clock]")) {
            setText(el, timeOfDay(now));
        }
    }

    // Re-tick right after Blazor patches the page, so a fresh render never shows a stale second.
    let pending = false;
    function tickSoon() {
        if (!pending) {
            pending = true;
            requestAnimationFrame(() => {
                pending = false;
                tick();
            });
        }
    }

    // --- alert sound: a short two-tone beep made on the spot, no audio file to fetch.
    let audio = null;
    function beep() {
        try {
            audio = audio || new (window.AudioContext || window.webkitAudioContext)();
            if (audio.state === "suspended") {
                audio.resume();
            }
            [880, 660].forEach((hz, i) => {
                const osc = audio.createOscillator();
                const gain = audio.createGain();
                const start = audio.currentTime + i * 0.18;
                osc.frequency.value = hz;
                gain.gain.setValueAtTime(0.2, start);
                gain.gain.exponentialRampToValueAtTime(0.001, start + 0.16);
                osc.connect(gain).connect(audio.destination);
                osc.start(start);
                osc.stop(start + 0.17);
            });
        } catch {
            // No audio device or autoplay refused before any click: the alert is on screen all the same.
        }
    }

    function focus(id) {
        const el = document.getElementById(id);
        if (el) {
            el.focus();
        }
    }

    // --- recovery: nobody is at a TV to click "reload", so the page brings itself back.
    const banner = () => document.getElementById("components-reconnect-modal");

    function showBanner(shown) {
        const el = banner();
        if (!el) {
            return;
        }
        const stamp = document.querySelector("[data-as-of]");
        const asOf = stamp && Number(stamp.getAttribute("data-as-of"));
        const text = document.getElementById("reconnect-as-of");
        if (text) {
            text.textContent = asOf ? timeOfDay(asOf) : "–";
        }
        el.classList.toggle("shown", shown);
    }

    // While the circuit is down, ask the server every few seconds whether it is back, rather than
    // wait out Blazor's growing retry interval. Once it answers, rejoin the circuit if the server
    // still has it (a network blip), else reload (the server restarted). Never reload into a dead
    // server: the browser's error page has no script left to try again.
    const watchEveryMs = 2000;
    let watching = null;
    let rejoining = false;
    // A circuit the server ended after an unhandled error cannot be rejoined: only a reload helps.
    let circuitEnded = false;

    function startWatching() {
        if (!watching) {
            watching = setInterval(checkServer, watchEveryMs);
        }
    }

    function stopWatching() {
        clearInterval(watching);
        watching = null;
    }

    async function checkServer() {
        if (rejoining) {
            return;
        }
        try {
            const answer = await fetch(location.href, { cache: "no-store" });
            if (!answer.ok) {
                console.info("wallboard: server answered", answer.status);
                return;
            }
        } catch {
            console.info("wallboard: server still down");
            return; // Still down.
        }
        if (circuitEnded) {
            console.info("wallboard: the circuit ended after a server error: reloading");
            location.reload();
            return;
        }
        rejoining = true;
        try {
            // Blazor's own retry may be rejoining at the same moment, and then this promise may never
            // settle: the server has answered, so after a few seconds a reload is safe.
            const timedOut = new Promise(resolve => setTimeout(() => resolve(false), 5000));
            if (await Promise.race([Blazor.reconnect(), timedOut])) {
                stopWatching();
                rejoining = false;
                return;
            }
        } catch (error) {
            // Lost the server again between the two requests: keep watching.
            console.info("wallboard: rejoin failed", String(error));
            rejoining = false;
            return;
        }
        console.info("wallboard: the server no longer has this screen's circuit: reloading");
        location.reload();
    }

    function onReconnectState(state) {
        console.info("wallboard: reconnect state", state);
        switch (state) {
            case "show":
            case "retrying":
            case "paused":
            case "failed":
                showBanner(true);
                startWatching();
                break;
            case "rejected":
            case "resume-failed":
                // The server answered but no longer knows this circuit (it restarted): start afresh.
                showBanner(true);
                stopWatching();
                location.reload();
                break;
            case "hide":
                showBanner(false);
                stopWatching();
                rejoining = false;
                break;
        }
    }

    // Blazor marks the element with a class per state (all versions) and, in newer ones, also
    // raises an event; following the classes covers both.
    const stateClasses = ["rejected", "resume-failed", "failed", "paused", "retrying", "show", "hide"];
    function onBannerClass(el) {
        const state = stateClasses.find(s => el.classList.contains(`components-reconnect-${s}`));
        if (state) {
            onReconnectState(state);
        }
    }

    // Blazor shows #blazor-error-ui (sets its display) when the server ends the circuit after an
    // unhandled error; no reconnect state follows, so without this a TV would freeze on old figures.
    function watchErrorUi() {
        const el = document.getElementById("blazor-error-ui");
        if (!el) {
            return;
        }
        new MutationObserver(() => {
            if (!circuitEnded && el.style.display && el.style.display !== "none") {
                console.info("wallboard: the server ended this screen's circuit after an error");
                circuitEnded = true;
                showBanner(true);
                startWatching();
            }
        }).observe(el, { attributes: true, attributeFilter: ["style"] });
    }

    function start() {
        watchErrorUi();
        const el = banner();
        if (el) {
            el.addEventListener("components-reconnect-state-changed", event => onReconnectState(event.detail && event.detail.state));
            new MutationObserver(() => onBannerClass(el)).observe(el, { attributes: true, attributeFilter: ["class"] });
        }
        new MutationObserver(tickSoon).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-since", "data-server-now"] });
        setInterval(tick, 1000);
        tick();
    }

    window.wallboard = { beep, focus, clockText, showBanner };

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
