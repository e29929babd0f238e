// Generated from the Event schema in schema.ts by fast-path.ts (`npm run schema`): do not edit by hand. validate.ts
// uses it only when the schema still gives this code (FINGERPRINT); tests fail when it does not. Its JSDoc types
// let it be type-checked like the rest.
export const FINGERPRINT = 'b5462d6d';

/** @param {readonly any[]} $ @returns {(v: unknown) => boolean} */
export function build($) {
	const $0 = $[0];
	const $1 = $[1];
	const $2 = $[2];
	const $3 = $[3];
	const $4 = $[4];
	const $5 = $[5];
	const $6 = $[6];
	const $7 = $[7];
	const $8 = $[8];
	const $9 = $[9];
	const $10 = $[10];
	const $11 = $[11];
	const $12 = $[12];
	const $13 = $[13];
	const $14 = $[14];
	const $15 = $[15];
	const $16 = $[16];
	const $17 = $[17];
	const $18 = $[18];
	const $19 = $[19];
	const $20 = $[20];
	const $21 = $[21];
	const $22 = $[22];
	const $23 = $[23];
	const $24 = $[24];
	const $25 = $[25];
	const $26 = $[26];
	const $27 = $[27];
	const $28 = $[28];
	const $29 = $[29];
	/** @param {any} v */
	function t2(v) {
		const keys = $7(v);
		if (keys === undefined) return false;
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i];
			if (!((typeof k === 'string' && $4($5, k) && ($6.lastIndex = 0, $6.test(k))))) return false;
			const e = v[k];
			if (!(typeof e === 'string')) return false;
		}
		if (!($8(v) === undefined)) return false;
		return true;
	}
	/** @param {any} v */
	function t1(v) {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const f0 = v.earliest;
		if (!((typeof f0 === 'string' && $1(f0) === undefined))) return false;
		const f1 = v.latest;
		if (!((typeof f1 === 'string' && $1(f1) === undefined))) return false;
		const f2 = v.note;
		if (!((f2 === undefined || ((typeof f2 === 'string' && $3(f2) === undefined) || t2(f2))))) return false;
		for (const k in v) if (!$9.has(k)) return false;
		return true;
	}
	/** @param {any} v */
	function t3(v) {
		const keys = $7(v);
		if (keys === undefined) return false;
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i];
			if (!((typeof k === 'string' && $4($5, k) && ($6.lastIndex = 0, $6.test(k))))) return false;
			const e = v[k];
			if (!(typeof e === 'string')) return false;
		}
		if (!($11(v) === undefined)) return false;
		return true;
	}
	/** @param {any} v */
	function t4(v) {
		if (!Array.isArray(v)) return false;
		for (let i = 0; i < v.length; i++) {
			const e = v[i];
			if (!((typeof e === 'string' && ($0.lastIndex = 0, $0.test(e))))) return false;
		}
		if (!($4($12, v))) return false;
		return true;
	}
	/** @param {any} v */
	function t6(v) {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const f0 = v.publisher;
		if (!((typeof f0 === 'string' && $14(f0) === undefined))) return false;
		const f1 = v.title;
		if (!(((typeof f1 === 'string' && $10(f1) === undefined) || t3(f1)))) return false;
		const f2 = v.url;
		if (!((typeof f2 === 'string' && $4($15, f2) && $16(f2) === undefined))) return false;
		const f3 = v.published;
		if (!((f3 === undefined || (typeof f3 === 'string' && $1(f3) === undefined)))) return false;
		const f4 = v.quote;
		if (!((f4 === undefined || (typeof f4 === 'string' && $17(f4) === undefined)))) return false;
		const f5 = v.primary;
		if (!((f5 === undefined || typeof f5 === 'boolean'))) return false;
		for (const k in v) if (!$18.has(k)) return false;
		return true;
	}
	/** @param {any} v */
	function t5(v) {
		if (!Array.isArray(v)) return false;
		for (let i = 0; i < v.length; i++) {
			const e = v[i];
			if (!(t6(e))) return false;
		}
		return true;
	}
	/** @param {any} v */
	function t7(v) {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const f0 = v.text;
		if (!(((typeof f0 === 'string' && $10(f0) === undefined) || t3(f0)))) return false;
		const f1 = v.priority;
		if (!(((typeof f1 === 'number' && Number.isFinite(f1)) && $4($20, f1) && $4($21, f1) && $4($22, f1)))) return false;
		for (const k in v) if (!$23.has(k)) return false;
		return true;
	}
	/** @param {any} v */
	function t0(v) {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const f0 = v.id;
		if (!((typeof f0 === 'string' && ($0.lastIndex = 0, $0.test(f0))))) return false;
		const f1 = v.start;
		if (!((typeof f1 === 'string' && $1(f1) === undefined))) return false;
		const f2 = v.end;
		if (!((f2 === undefined || (typeof f2 === 'string' && $1(f2) === undefined)))) return false;
		const f3 = v.part;
		if (!((f3 === undefined || $2.has(f3)))) return false;
		const f4 = v.uncertainty;
		if (!((f4 === undefined || t1(f4)))) return false;
		const f5 = v.title;
		if (!(((typeof f5 === 'string' && $10(f5) === undefined) || t3(f5)))) return false;
		const f6 = v.description;
		if (!(((typeof f6 === 'string' && $3(f6) === undefined) || t2(f6)))) return false;
		const f7 = v.actors;
		if (!(t4(f7))) return false;
		const f8 = v.category;
		if (!((typeof f8 === 'string' && ($0.lastIndex = 0, $0.test(f8))))) return false;
		const f9 = v.status;
		if (!($13.has(f9))) return false;
		const f10 = v.sources;
		if (!(t5(f10))) return false;
		const f11 = v.unsourced;
		if (!((f11 === undefined || $19.has(f11)))) return false;
		const f12 = v.annotation;
		if (!((f12 === undefined || t7(f12)))) return false;
		const f13 = v.importance;
		if (!((f13 === undefined || ((typeof f13 === 'number' && Number.isFinite(f13)) && $4($24, f13) && $4($25, f13) && $4($26, f13))))) return false;
		const f14 = v.timeZone;
		if (!((f14 === undefined || (typeof f14 === 'string' && $4($27, f14) && $4($28, f14))))) return false;
		for (const k in v) if (!$29.has(k)) return false;
		return true;
	}
	return t0;
}
