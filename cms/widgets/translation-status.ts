/**
 * The `translation-status` widget for the `translatedFrom` field.
 *
 * In a translation's pane it shows whether the translation is up to date with the Japanese, and
 * records what it was made from: whenever the editor changes the translation's text, it stores the
 * hash of the Japanese as it is now (src/lib/translation-state.ts). A button records it by hand, for
 * a translation that needed no change. In the Japanese pane it only says that Japanese is the source.
 */
import { Component, createElement as h } from 'react';
import {
	isUntranslated,
	sourceFingerprint,
	sourceHash,
	statusLabels,
	type TranslationField,
	type TranslationStatus,
	translationStatus,
} from '../../src/lib/translation-state.ts';

interface ImmutableLike {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
	toJS?(): unknown;
}

interface Props {
	value?: string;
	onChange(value: string): void;
	forID: string;
	classNameWrapper: string;
	locale?: string;
	collection: ImmutableLike;
	getEntry(): ImmutableLike | undefined;
}

const toJS = (value: unknown) =>
	(value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS?.() : value) as Record<string, unknown> | undefined;

const colours: Record<TranslationStatus, string> = {
	current: '#1b5e20',
	outdated: '#8a4b00',
	unrecorded: '#8a4b00',
	missing: '#4d4d4d',
};

export class TranslationStatusControl extends Component<Props> {
	private timer: ReturnType<typeof setInterval> | undefined;
	private lastText: string | undefined;

	private get defaultLocale(): string {
		return String(this.props.collection.getIn(['i18n', 'default_locale']) ?? 'ja');
	}

	private get fields(): TranslationField[] {
		return (toJS(this.props.collection.get('fields')) ?? []) as unknown as TranslationField[];
	}

	private read() {
		const entry = this.props.getEntry();
		const locale = this.props.locale ?? this.defaultLocale;
		const source = toJS(entry?.get('data')) ?? {};
		const translation = toJS(entry?.getIn(['i18n', locale, 'data']));
		return { source, translation };
	}

	/** Records the current Japanese when the translation's own text has changed since last looked. */
	private check = () => {
		if (this.props.locale === this.defaultLocale) return;
		const { source, translation } = this.read();
		const textNow = isUntranslated(translation) ? '' : sourceFingerprint(translation ?? {}, this.fields);
		const changed = this.lastText !== undefined && textNow !== this.lastText && textNow !== '';
		this.lastText = textNow;
		const hash = sourceHash(source, this.fields);
		if (changed && this.props.value !== hash) this.props.onChange(hash);
		else this.forceUpdate();
	};

	componentDidMount() {
		this.check();
		// Decap re-renders a widget only when its own value changes; look at the entry twice a second.
		this.timer = setInterval(this.check, 500);
	}

	componentWillUnmount() {
		clearInterval(this.timer);
	}

	shouldComponentUpdate() {
		return true;
	}

	render() {
		const { forID, classNameWrapper, value, onChange, locale } = this.props;
		if (locale === undefined || locale === this.defaultLocale) {
			return h(
				'p',
				{ id: forID, className: classNameWrapper, 'data-status': 'source' },
				'日本語は原文です。翻訳の状態は各言語の欄に表示されます。/ Japanese is the source; each translation shows its state here.',
			);
		}
		const { source, translation } = this.read();
		const status = translationStatus(source, { ...translation, translatedFrom: value }, this.fields);
		const hash = sourceHash(source, this.fields);
		const label = statusLabels[status];
		return h(
			'div',
			{ id: forID, className: classNameWrapper, 'data-status': status },
			h('p', { style: { margin: 0, fontWeight: 600, color: colours[status] } }, `${label.ja} / ${label.en}`),
			status === 'outdated' || status === 'unrecorded'
				? h(
						'button',
						{
							type: 'button',
							onClick: () => onChange(hash),
							style: { marginTop: '0.5rem', padding: '0.4rem 0.8rem', cursor: 'pointer' },
						},
						'翻訳を確認した（最新にする）/ I checked it: mark as up to date',
					)
				: null,
		);
	}
}
