/**
 * Refuses an upload of a type or size not allowed, before Decap stores it, with a message that says
 * why (src/lib/uploads-rules.ts has the rules; the build checks them again). Decap's media library uploads
 * through a file input: `accept="image/*"` for image fields, anything for file fields. Listening on
 * the window in the capture phase runs before React's own listeners on its root.
 */
import { type UploadKind, uploadProblem } from '../src/lib/uploads-rules.ts';

function refuse(event: Event, message: string, input?: HTMLInputElement) {
	event.preventDefault();
	event.stopImmediatePropagation();
	if (input) input.value = '';
	window.alert(message);
}

export function installUploadGuard(target: Window = window) {
	target.addEventListener(
		'change',
		(event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
			const kind: UploadKind = input.accept.startsWith('image/') ? 'image' : 'file';
			for (const file of Array.from(input.files)) {
				const problem = uploadProblem(kind, file.name, file.size);
				if (problem) return refuse(event, problem, input);
			}
		},
		true,
	);
	// Files dropped onto the media library: no input to read `accept` from, so the stricter image rules
	// apply unless the file passes the attachment rules and no image field is open.
	target.addEventListener(
		'drop',
		(event) => {
			const files = Array.from((event as DragEvent).dataTransfer?.files ?? []);
			const imageOnly = Boolean(document.querySelector('input[type="file"][accept^="image/"]'));
			for (const file of files) {
				const problem = uploadProblem(imageOnly ? 'image' : 'file', file.name, file.size);
				if (problem) return refuse(event, problem);
			}
		},
		true,
	);
}
