// What the reader is looking at besides zoom: the selected event, the lane mode and the language.
import type { LaneMode } from '../layout/lanes';

export class ViewState {
	selectedId: string | null = $state(null);
	laneMode: LaneMode = $state('actor');
	lang: string = $state('en');

	constructor(init: { lang?: string; laneMode?: LaneMode; selectedId?: string | null } = {}) {
		this.lang = init.lang ?? 'en';
		this.laneMode = init.laneMode ?? 'actor';
		this.selectedId = init.selectedId ?? null;
	}

	select(id: string | null): void {
		this.selectedId = id;
	}

	get dir(): 'ltr' | 'rtl' {
		return ['ar', 'he', 'fa', 'ur'].includes(this.lang) ? 'rtl' : 'ltr';
	}
}
