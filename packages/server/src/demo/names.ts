/** Name material for the demo county: common surnames and given names, place names of a hill county. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
export const GIVEN_CHARS = [
  ...'建国华明军伟芳秀英丽敏静强磊洋勇艳杰娟涛超霞平刚桂兰辉鹏红玲斌飞波宇浩凯健俊帆帅旭宁晨阳倩婷雪琳萍燕梅莉文武志海林峰光荣德忠春秋冬云山水玉金',
];
export const TOWNSHIPS = words(
  '城关镇 河口镇 青山乡 龙泉镇 石桥镇 柳林乡 白马镇 新华乡 东湖镇 双河镇 桃源乡 高坪镇 金山镇 凤凰乡 清水镇',
);
export const VILLAGE_STEMS = words(
  '张家 李家湾 红旗 和平 团结 光明 新建 大坪 小河 长岭 杨柳 高桥 三合 五里 马鞍山 青龙 白沙 黄土坡 水井 竹园 ' +
    '石门 枫树 茶园 金盆 松林 梨树湾 油坊 庙前 桂花 杉木 双龙 太平 永兴 长乐 福田 兴隆 上屋 下坪',
);
export const COMMUNITIES = words('东街社区 西街社区 南门社区 北关社区 滨河社区 新城社区');
export const ENTERPRISES = words(
  '兴旺农业科技有限公司 青山建材有限公司 龙泉茶业合作社 恒通物流有限公司 惠民超市连锁有限公司',
);
export const STREETS = words('人民路 解放路 建设路 中山路 新华街 滨江路 文化路 胜利街');
export const GROUP_ORDINALS = words('第一 第二 第三 第四 第五');
