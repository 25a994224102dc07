#!/usr/bin/env python3
"""Generates src/domain/accounts/CommonPasswordList.inc: common passwords of 10 characters or more, lower
case, sorted, one C++ string literal per line. Shorter ones are not listed: the length rule of
PasswordPolicy rejects them anyway.

The list is built from well-known patterns (no download is possible on the build machines): the
words that top every published leak list, Chinese pinyin favourites (woaini, 5201314, names, cities),
car and shop words of this application, keyboard walks and digit runs, each with the usual
suffixes (123, 1234…, years, 520/1314, !, @123…). Run it again after editing the word lists:
    python3 tools/gen-common-passwords.py > src/domain/accounts/CommonPasswordList.inc
"""

MIN_LENGTH = 10

WORDS = """
password passw0rd p@ssword p@ssw0rd pass pwd mima qwerty qwertyui qwertyuiop asdf asdfgh asdfghjkl
zxcvbn zxcvbnm qazwsx qazwsxedc 1qaz2wsx 1q2w3e4r 1q2w3e qweasd qweasdzxc abc abcd abcde abcdef
abcdefg abc123 admin administrator root user guest test tester welcome letmein iloveyou loveyou
love monkey dragon master shadow sunshine princess football baseball basketball soccer superman
batman spiderman michael jennifer jordan trustno1 starwars whatever freedom computer internet secret
changeme default login hello hello123 charlie access killer hunter ranger buster thomas robert
soccer hockey harley george summer winter spring autumn flower cookie chocolate banana apple orange
pepper ginger tigger mustang corvette ferrari porsche mercedes jaguar maverick matrix phoenix
samsung huawei xiaomi apple iphone android google yahoo qq qq123 weixin wechat alipay taobao baidu
woaini woaini1314 woaiwojia aini aiwo wojiushiwo nihao nihaoma xiexie xingfu kuaile pingan
zhangwei wangwei wangfang liwei lina zhangmin lijing wangjing liuwei wangxiuying zhangli lixiuying
wangli zhangjing lijun zhangyong wanglei zhangsan lisi wangwu zhaoliu zhangjie liyang wangyong
zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lu ding ren shen yao jin
china zhongguo beijing shanghai guangzhou shenzhen chongqing tianjin wuhan chengdu nanjing
hangzhou xian suzhou qingdao dalian xiamen changsha zhengzhou shenyang harbin jinan kunming
huichang huichang123 manager advisor callback system service services garage repair repairs
qiche qichexiuli xiuli xiulichang weixiu baoyang chexian cheliang kehu huiyuan jieda huifang
toushu dianhua shouji guanliyuan jingli guwen car cars auto autos motor motors
toyota honda nissan mazda volkswagen dazhong bmw benz audi buick ford chevrolet hyundai kia geely
byd chery haval changan greatwall tesla volvo lexus jeep skoda peugeot citroen
shop office company business sales account accounts finance money lucky lucky8 happy happy888
""".split()

SUFFIXES = """
_ 1 12 123 1234 12345 123456 1234567 12345678 123456789 1234567890 0 00 000 0000 01 007 11 111
1111 666 6666 888 8888 999 9999 520 1314 5201314 521 168 1688 518 2008 ! !! !!! @ # $ @123 #123
!@# !@#$ 123! 123. _123 .123 123@ 123# 1! @1 abc qwe qwerty @qq @163 .com
""".split()
SUFFIXES[0] = ""
YEARS = [str(y) for y in range(1970, 2031)]
# Words that get every year as a suffix (the rest get the common suffixes only).
YEAR_WORDS = """
password passw0rd p@ssword p@ssw0rd admin administrator root welcome letmein iloveyou woaini qwerty
abc abcd master dragon monkey shadow sunshine princess football superman china beijing shanghai
huichang manager advisor callback system service garage repair qiche weixiu baoyang test user
""".split()

DIGIT_RUNS = """
1234567890 0123456789 9876543210 0987654321 12345678910 123456789012 1234567890123
12345678900 1234512345 1231231231 123123123123 1212121212 121212121212 1122334455
11223344556677 1029384756 1357924680 1472583690 7894561230 1593574560 3692581470
5201314520 1314520520 5201314521 52013145201314 1314521521 1234554321 9876543211
11111111111 1111122222 1111100000 0000011111 1234567899 1234567809 1029384756
12344321 1234432112 147258369147 123654789 1236547890 789456123 7894561230 159753159753
""".split()

WALKS = """
qwertyuiop qwertyuiop[] qwertyuiopasdf asdfghjkl; asdfghjkl123 zxcvbnm,./ zxcvbnm123
1qaz2wsx3edc 1qaz2wsx3edc4rfv qazwsxedcrfv qazwsxedc123 !qaz@wsx !qaz2wsx 1qaz@wsx
1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u q1w2e3r4t5 q1w2e3r4t5y6 zaq12wsx zaq1xsw2 zaq1zaq1
1qazxsw2 2wsx3edc 3edc4rfv qweasdzxc123 asdqwe123 qweqweqwe qwe123qwe asd123asd
abcdefghij abcdefghijk abcdefghijkl abcdefghijklmnopqrstuvwxyz abc123abc123 abcabcabca
a1b2c3d4e5 a1b2c3d4e5f6 1a2b3c4d5e aa123456789 a1234567890 a123456789 aa12345678
abc1234567 abc12345678 abc123456789 qq1234567890 wo1314520 iloveyou1314 iloveyou520
""".split()


def variants(word):
    out = {word + s for s in SUFFIXES}
    if word in YEAR_WORDS:
        for y in YEARS:
            out |= {word + y, word + "@" + y, word + y + "!"}
    return out


def main():
    found = set()
    for w in WORDS:
        found |= variants(w.lower())
    for run in DIGIT_RUNS + WALKS:
        found.add(run.lower())
        found |= {run.lower() + s for s in ("!", "@", "#", "a", "q", "abc")}
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789":
        for n in range(MIN_LENGTH, 21):
            found.add(ch * n)
    for pair in ("12", "21", "ab", "qw", "01", "10", "99", "88", "66", "xy", "ha"):
        for n in range(5, 9):
            found.add(pair * n)
    items = sorted(p for p in found if len(p) >= MIN_LENGTH)
    print("// Generated by tools/gen-common-passwords.py. Do not edit by hand.")
    print("// %d common passwords of %d characters or more, lower case, sorted." % (len(items), MIN_LENGTH))
    for p in items:
        esc = p.replace("\\", "\\\\").replace('"', '\\"')
        print('"%s",' % esc)


if __name__ == "__main__":
    main()
