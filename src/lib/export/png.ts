// An SVG image drawn onto a canvas at a given scale, as PNG. The SVG is read through a blob: URL (allowed by the
// page's policy, img-src blob:), which keeps the canvas untainted.

/** PNG of `svg` at `scale` × its own size (2 for screens; ~300 dpi across an A4 page: see A4_PRINT_WIDTH). */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Pixels across an A4 page (210 mm) at 300 dots per inch. */
export const A4_PRINT_WIDTH = Math.round((210 / 25.4) * 300);

/** Saves `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
