/**
 * Query text made comparable with the index, before it is split into words: full-width and
 * half-width forms folded (ＷＣＡＧ → wcag, ｲﾝﾀｰﾝ → インターン), letters lower-cased, Traditional
 * Chinese folded to Simplified for the zh index, symbols removed from numbers (+81-3-5320-4628 →
 * 81353204628), and the common spelling variants of Japanese words listed, so that each can be
 * searched (問合せ ↔ 問い合わせ, 受入れ ↔ 受け入れ, ウエブ ↔ ウェブ).
 */

/** NFKC folds full-width Latin and digits and half-width katakana; then lower case, as Pagefind indexes. */
export function foldWidth(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/**
 * Traditional → Simplified for the characters common on this kind of site (work, companies,
 * programmes, contact, places, countries; about 900 characters). A compact table, not a full converter:
 * rarer characters are left as typed, and so are characters whose simplified form depends on the
 * word (乾, 著, 瞭).
 */
const traditional =
	'萬與專業東絲兩嚴喪個豐臨為麗舉義烏樂習鄉書買亂爭於虧雲亞產畝親億僅從倉儀們價眾優會傘偉傳傷倫偽體餘俠侶偵側僑債傾償儲兒兌黨蘭關興養獸內岡冊寫軍農馮衝決況凍淨涼減幾鳳憑凱擊劃劉則剛創刪別劑劍剝劇勸辦務動勵勁勞勢勻匯區醫華協單賣盧衛卻廠廳歷厲壓厭廁廈廚縣參雙發變敘疊葉號嘆嚇呂嗎啟吳員嗚響啞嘩喚團園圍國圖圓聖場壞塊堅壇壩墳墜壟壘墾執牆壺壽夠夢夾奧奪奮婦媽嫻嬰孫學寧寶實寵審憲宮寬賓寢對尋導將爾塵嘗堯屍盡層屆屬歲豈崗島嶺嶽巖幣帥師帳簾帶幫幹並廣莊慶廬庫應廟廢開異棄張彌彎彈強歸當錄徹徑憶憂懷態總戀懇惡惱悅懸驚懼慘懲慣憤願懶戲戰戶撲擴掃揚擾撫拋搶護報擔擬擁攔撥擇掛摯揮撈損撿換據擲攬擱攪攜攝擺搖攤撐敵斂數齋鬥斬斷無舊時曠晝顯晉曬曉暈暉暫術樸機殺雜權條來楊傑極構樞棗槍楓櫃標棧棟欄樹棲樣檔橋樺檢槓欖櫻櫥橫歡歐殲殘毀畢斃氣漢湯溝沒滄滬淚瀉潑澤潔灑淺漿澆濁測濟瀏渾濃濤澇漣渦滌潤漲澀澱淵漬漸漁滲溫遊灣濕潰濺滯滅燈靈災燦爐點煉熾爍爛燭煙煩燒燙熱煥愛爺牘牽犧狀猶狹獅獨獄獵豬貓獻環現瑣瓊電畫暢療瘋癢癡癱皺盞鹽監蓋盜盤礦碼磚確礙禮禍禱禿種積稱穩穀窮竊窯窩竇豎競筆範築節籌簽簡籃糧緊糾紀約紅紋納紐純紗紙級紛紡細紳紹終組結絕絡給統絲綁經綜綠維綱網綴綿緒線緝締緣編緩練縫縮縱績繞繡繩繪繫繼續纖纜罰罵罷羅聯聰聲職聽肅腸膚腫脹膽勝腦腳脫臉臘膩騰臟臥臺艦艙艱藝蘆蘇蘋莖華萊蕩蘊薦薩藍葦蔣蔥蓮蕭薑處虛虜蟲雖蝦蟻蠶蠻蠅蠟補襯襲裝裡製複褲見觀規覓視覽覺親觸計訂認討讓訓議訊記講許論訟設訪訣證評詞識詐訴診譯試詩誠話誕詢該詳誤語誘說請諸諾讀課誰調諒談誼謀謊謂諮謎謙謹譜貝貞負財貢貧貨販貪貫責貯貴買貸費貼貿賀資賊賜賞賠賢賣賤賦質賬賭賴賺購賽贈贊贏趙趕趨躍踐蹤車軌軒轉輪軟轟軸載較輔輕輛輩輝輸轄辭辯邊遼達遷過邁運還這進遠違連遲適選遞邏遺鄧鄭鄰郵釀釋針鈴銀銅銘銳鋁鋒鋼錢錦錯錫鍋鍵鍾鎖鎮鏈鏡鐘鐵鑄鑑長門閃閉問闖閑間悶閘鬧聞閥閣閱闊關闡隊陽陰陣階際陸陳險隨隱隸難雛離雞霧靜韓韻頁頂項順須頑顧頓頒頌預領頗頸頻題額顏類顛顫風飄飛飢飯飲飼飽飾餃餅餓館饅馬馳駐駕駛騎騙騷驅驗驟髒鬆鬍魚魯鮮鳥鳴鴨鴻鵝鷹麥黃齊齒龍龜後髮麵隻係徵銷準獎裏麼佈獲週齡藥營稅緬';
const simplified =
	'万与专业东丝两严丧个丰临为丽举义乌乐习乡书买乱争于亏云亚产亩亲亿仅从仓仪们价众优会伞伟传伤伦伪体余侠侣侦侧侨债倾偿储儿兑党兰关兴养兽内冈册写军农冯冲决况冻净凉减几凤凭凯击划刘则刚创删别剂剑剥剧劝办务动励劲劳势匀汇区医华协单卖卢卫却厂厅历厉压厌厕厦厨县参双发变叙叠叶号叹吓吕吗启吴员呜响哑哗唤团园围国图圆圣场坏块坚坛坝坟坠垄垒垦执墙壶寿够梦夹奥夺奋妇妈娴婴孙学宁宝实宠审宪宫宽宾寝对寻导将尔尘尝尧尸尽层届属岁岂岗岛岭岳岩币帅师帐帘带帮干并广庄庆庐库应庙废开异弃张弥弯弹强归当录彻径忆忧怀态总恋恳恶恼悦悬惊惧惨惩惯愤愿懒戏战户扑扩扫扬扰抚抛抢护报担拟拥拦拨择挂挚挥捞损捡换据掷揽搁搅携摄摆摇摊撑敌敛数斋斗斩断无旧时旷昼显晋晒晓晕晖暂术朴机杀杂权条来杨杰极构枢枣枪枫柜标栈栋栏树栖样档桥桦检杠榄樱橱横欢欧歼残毁毕毙气汉汤沟没沧沪泪泻泼泽洁洒浅浆浇浊测济浏浑浓涛涝涟涡涤润涨涩淀渊渍渐渔渗温游湾湿溃溅滞灭灯灵灾灿炉点炼炽烁烂烛烟烦烧烫热焕爱爷牍牵牺状犹狭狮独狱猎猪猫献环现琐琼电画畅疗疯痒痴瘫皱盏盐监盖盗盘矿码砖确碍礼祸祷秃种积称稳谷穷窃窑窝窦竖竞笔范筑节筹签简篮粮紧纠纪约红纹纳纽纯纱纸级纷纺细绅绍终组结绝络给统丝绑经综绿维纲网缀绵绪线缉缔缘编缓练缝缩纵绩绕绣绳绘系继续纤缆罚骂罢罗联聪声职听肃肠肤肿胀胆胜脑脚脱脸腊腻腾脏卧台舰舱艰艺芦苏苹茎华莱荡蕴荐萨蓝苇蒋葱莲萧姜处虚虏虫虽虾蚁蚕蛮蝇蜡补衬袭装里制复裤见观规觅视览觉亲触计订认讨让训议讯记讲许论讼设访诀证评词识诈诉诊译试诗诚话诞询该详误语诱说请诸诺读课谁调谅谈谊谋谎谓咨谜谦谨谱贝贞负财贡贫货贩贪贯责贮贵买贷费贴贸贺资贼赐赏赔贤卖贱赋质账赌赖赚购赛赠赞赢赵赶趋跃践踪车轨轩转轮软轰轴载较辅轻辆辈辉输辖辞辩边辽达迁过迈运还这进远违连迟适选递逻遗邓郑邻邮酿释针铃银铜铭锐铝锋钢钱锦错锡锅键钟锁镇链镜钟铁铸鉴长门闪闭问闯闲间闷闸闹闻阀阁阅阔关阐队阳阴阵阶际陆陈险随隐隶难雏离鸡雾静韩韵页顶项顺须顽顾顿颁颂预领颇颈频题额颜类颠颤风飘飞饥饭饮饲饱饰饺饼饿馆馒马驰驻驾驶骑骗骚驱验骤脏松胡鱼鲁鲜鸟鸣鸭鸿鹅鹰麦黄齐齿龙龟后发面只系征销准奖里么布获周龄药营税缅';

const toSimplifiedTable = new Map([...traditional].map((character, index) => [character, [...simplified][index]]));

/** Traditional characters folded to Simplified (see the table above). */
export function toSimplified(text: string): string {
	return [...text].map((character) => toSimplifiedTable.get(character) ?? character).join('');
}

/** A number written with symbols: +81-3-5320-4628, 03-5320-4628, 2-6-2, 13:00, 2.2. */
const SYMBOLIC_NUMBER = /\+?\d+(?:[-‐‑‒–—−.:/]\d+)+/g;

/** Numbers written with symbols, reduced to their digits (the index holds them so: see search-index.ts). */
export function numberDigits(text: string): string {
	return text.replace(SYMBOLIC_NUMBER, (number) => number.replace(/\D/g, ''));
}

/**
 * Japanese words written in more than one way: okurigana (送り仮名) and katakana spellings. A word
 * containing one form is also searched with the others; pages write either.
 */
const japaneseSpellings: string[][] = [
	['問い合わせ', '問合せ', '問い合せ', '問合わせ'],
	['受け入れ', '受入れ', '受入'],
	['申し込み', '申込み', '申込'],
	['取り扱い', '取扱い', '取扱'],
	['取り組み', '取組み', '取組'],
	['組み込み', '組込み', '組込'],
	['打ち合わせ', '打合せ'],
	['手続き', '手続'],
	['締め切り', '締切り', '締切'],
	['売り上げ', '売上げ', '売上'],
	['立ち上げ', '立上げ'],
	['読み込み', '読込み'],
	['見積もり', '見積り'],
	['引き続き', '引続き'],
	['届け出', '届出'],
	['ウェブ', 'ウエブ'],
	['ウィ', 'ウイ'],
];

/** The other spellings of a Japanese word, the word itself first (問合せ → 問合せ, 問い合わせ, …). */
export function japaneseVariants(word: string): string[] {
	const variants = new Set([word]);
	for (const group of japaneseSpellings) {
		// Longer forms first, so 問い合わせ is not read as containing 問合せ's shorter siblings.
		const form = [...group].sort((a, b) => b.length - a.length).find((candidate) => word.includes(candidate));
		if (!form) continue;
		for (const other of group) variants.add(word.replace(form, other));
	}
	// A katakana word with a final long vowel is also written without it (アクセシビリティー ↔ アクセシビリティ).
	if (/^[\p{Script=Katakana}ー]{4,}ー$/u.test(word)) variants.add(word.slice(0, -1));
	return [...variants];
}

/**
 * The numbers of a text as the index should also hold them: every run of two digits or more, and
 * numbers written with symbols as their digits (03-5320-4628 → 0353204628). Japanese and Chinese
 * pages need them: their segmenters cut 2022 into 2 0 2 2, and 03-5320-4628 at its hyphens.
 */
export function numberWords(text: string): string[] {
	const folded = foldWidth(text);
	const words = new Set<string>();
	for (const number of folded.match(SYMBOLIC_NUMBER) ?? []) words.add(number.replace(/\D/g, ''));
	for (const digits of folded.match(/\d{2,}/g) ?? []) words.add(digits);
	return [...words];
}

/** Korean loanwords written two ways: -ship as 십 or 쉽 (인턴쉽 ↔ 인턴십), the word itself first. */
export function koreanVariants(word: string): string[] {
	return [...new Set([word, word.replaceAll('쉽', '십'), word.replaceAll('십', '쉽')])];
}
