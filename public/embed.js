// @ts-check
/*
 * Incident timeline host loader. Include it once on a page that embeds
 * `<iframe data-incident-timeline src=".../embed.html?…">`; it resizes each
 * embed to the height the embed reports and lets the host send it commands.
 *
 * Accepted from an embed (nothing else; a message never makes this page navigate):
 *   { type: 'incident-timeline:resize', v: 1, height: <number, 0..10000> }
 * only when event.source is the contentWindow of an iframe whose src is on this
 * script's origin, and event.origin is that origin ('null' if the iframe is
 * sandboxed without allow-same-origin). The height is clamped to at least 120 px.
 *
 * Host API: IncidentTimeline.send(iframe, command) posts a plain-object command
 * ({ type: 'incident-timeline:goto' | ':range' | ':lang', … }) to such an iframe.
 */
(function () {
	'use strict';

	/** @typedef {{ version: 1, send: (iframe: HTMLIFrameElement, command: object) => boolean }} Api */
	var host = /** @type {Window & { IncidentTimeline?: Api }} */ (window);
	if (host.IncidentTimeline) return; // the snippet was pasted twice: keep the first listener

	var MIN_HEIGHT = 120;
	var MAX_HEIGHT = 10000;
	var script = document.currentScript;
	var ORIGIN = script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : location.origin;

	/** @param {unknown} value */
	function isPlainObject(value) {
		return Object.prototype.toString.call(value) === '[object Object]';
	}

	/** True when the iframe's src is on the embed origin (never for an opaque 'null' origin). */
	function isEmbed(/** @type {HTMLIFrameElement} */ iframe) {
		try {
			var origin = new URL(iframe.src).origin;
			return origin !== 'null' && origin === ORIGIN;
		} catch (_) {
			return false;
		}
	}

	/** The origin the embed's messages come from: 'null' when a sandbox without allow-same-origin makes it opaque. */
	function expectedOrigin(/** @type {HTMLIFrameElement} */ iframe) {
		var sandbox = iframe.getAttribute('sandbox');
		var opaque = sandbox !== null && sandbox.toLowerCase().split(/\s+/).indexOf('allow-same-origin') < 0;
		return opaque ? 'null' : ORIGIN;
	}

	/** @param {MessageEvent} event */
	function onMessage(event) {
		var data = event.data;
		// The range test also rejects NaN and ±Infinity; strings are not coerced.
		if (!isPlainObject(data) || data.type !== 'incident-timeline:resize' || data.v !== 1) return;
		if (typeof data.height !== 'number' || !(data.height >= 0 && data.height <= MAX_HEIGHT)) return;
		if (!event.source) return;

		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var iframe = frames[i];
			if (iframe.contentWindow !== event.source) continue;
			if (isEmbed(iframe) && event.origin === expectedOrigin(iframe)) resize(iframe, data.height);
			return;
		}
	}

	/**
	 * Sets the iframe's height, and the min-height reserved by its snippet wrapper. Writes only what changed:
	 * a CSSOM style write of an unchanged value already does nothing, setAttribute does not.
	 */
	function resize(/** @type {HTMLIFrameElement} */ iframe, /** @type {number} */ height) {
		var h = String(Math.ceil(Math.max(height, MIN_HEIGHT)));
		if (iframe.getAttribute('height') !== h) iframe.setAttribute('height', h);
		iframe.style.height = h + 'px';
		var wrapper = iframe.parentElement;
		if (wrapper && wrapper.classList.contains('incident-timeline-embed')) wrapper.style.minHeight = h + 'px';
	}

	host.IncidentTimeline = {
		version: 1,
		/** Posts a plain-object command to an embed iframe; returns whether it was posted. */
		send: function (iframe, command) {
			var target = iframe && iframe.contentWindow;
			if (!target || !isEmbed(iframe) || !isPlainObject(command)) return false;
			var origin = expectedOrigin(iframe);
			// An opaque origin cannot be named as a target; the command carries nothing secret.
			target.postMessage(command, origin === 'null' ? '*' : origin);
			return true;
		}
	};
	window.addEventListener('message', onMessage);
})();
